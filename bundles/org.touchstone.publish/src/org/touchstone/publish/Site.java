package org.touchstone.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a published site is made of: the handbook's pages, its branding and language, and
 * the folder its images and logo are read from.
 *
 * @param title         the handbook's title
 * @param brand         the organisation's display name
 * @param logo          the logo's file name inside {@code assets}, or null
 * @param primaryColour the brand colour, {@code #rrggbb}
 * @param chinese       whether labels are Chinese (else English)
 * @param pages         the chapters, in order
 * @param assets        the folder images and the logo are read from (may not exist)
 */
public record Site(String title, String brand, String logo, String primaryColour, boolean chinese, List<PageSource> pages, Path assets) {
}
