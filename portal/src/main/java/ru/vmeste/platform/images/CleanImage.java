package ru.vmeste.platform.images;

/**
 * A photo re-encoded from its pixels alone: no EXIF, GPS or other metadata survives.
 *
 * @param bytes the image, JPEG (or PNG when it has transparency)
 * @param contentType its media type
 * @param thumbnail a small JPEG for lists and maps
 */
public record CleanImage(byte[] bytes, String contentType, int width, int height, byte[] thumbnail) {
}
