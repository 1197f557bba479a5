package org.touchstone.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * What a publish did.
 *
 * @param index     the site's {@code index.html}
 * @param pages     how many chapter pages the site has
 * @param written   how many of them were (re)written; the others were unchanged
 * @param warnings  problems that did not stop the publish (unsafe raw HTML removed), each naming file and line
 */
public record PublishResult(Path index, int pages, int written, List<org.touchstone.core.CoreMessage> warnings) {
}
