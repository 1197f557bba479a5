package org.touchstone.publish;

/**
 * One chapter of a handbook as Markdown, as the publisher reads it.
 *
 * @param slug     the page's file name without {@code .html}, unique within the handbook
 * @param title    the chapter title shown in navigation
 * @param markdown the Markdown, possibly with YAML front matter
 * @param source   the file the chapter came from (named in warnings and errors), e.g. {@code welcome.md}
 */
public record PageSource(String slug, String title, String markdown, String source) {
}
