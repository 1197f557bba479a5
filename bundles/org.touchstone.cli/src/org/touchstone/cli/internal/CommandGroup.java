package org.touchstone.cli.internal;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code tenant}, {@code standard}, {@code tenant user}...,
 * and {@code touchstone} itself): run alone, it is a usage error that names its subcommands, in the
 * message {@code <command path>.subcommandMissing} ({@code tenant.user.subcommandMissing}; for the
 * top, {@code command.missing}).
 */
abstract class CommandGroup implements Runnable {
	@Mixin
	GlobalOptions options;
	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		if (spec.parent() == null) {
			// touchstone itself, with no command
			throw new ParameterException(spec.commandLine(), options.session.text("command.missing"));
		}
		String path = spec.qualifiedName(".").substring(spec.root().name().length() + 1);
		throw new ParameterException(spec.commandLine(), options.session.text(path + ".subcommandMissing"));
	}
}
