package org.touchstone.core;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.touchstone.core.internal.AtomicFile;
import org.touchstone.core.internal.TenantJson;
import org.touchstone.model.Tenant;

/** A whole tenant as one JSON document (the format of the sample content), written atomically. */
public final class TenantExport {
	private TenantExport() {
	}

	public static void json(Tenant tenant, Path file) throws IOException {
		AtomicFile.write(file, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			TenantJson.write(tenant, writer);
			writer.write('\n');
			writer.flush();
		});
	}
}
