package org.touchstone.cli.internal;

import picocli.CommandLine.Option;

/** {@code --json}, for commands that print results: one JSON document on stdout. */
public class JsonOption {
	@Option(names = "--json")
	boolean json;
}
