package org.touchstone.benchmarks;

/** The one option most benchmarks take, a count ({@code --standards N}, {@code --docs N}); anything else is a usage error, exit 2. */
final class Options {
	private Options() {
	}

	static int count(String[] args, String option, int otherwise, String benchmark) {
		int count = otherwise;
		for (int i = 0; i < args.length; i++) {
			try {
				if (args[i].equals(option) && i + 1 < args.length) {
					count = Integer.parseInt(args[++i]);
					continue;
				}
			} catch (NumberFormatException e) {
				// told below, as any other wrong argument
			}
			System.err.println("usage: " + benchmark + " [" + option + " N]");
			System.exit(2);
		}
		return count;
	}
}
