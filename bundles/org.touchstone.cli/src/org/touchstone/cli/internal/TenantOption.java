package org.touchstone.cli.internal;

import picocli.CommandLine.Option;

/** {@code --tenant ID}, for commands that act in one tenant. */
public class TenantOption {
	@Option(names = "--tenant", paramLabel = "ID", required = true)
	String tenant;
}
