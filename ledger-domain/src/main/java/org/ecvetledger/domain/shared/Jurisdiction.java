package org.ecvetledger.domain.shared;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a standard, recognition or award has effect (R19). A jurisdiction is a tree, not just a
 * country: {@code IT} contains {@code IT/Lazio}; {@code BE/FR-community/FWB} sits inside
 * {@code BE/FR-community}. The first segment is an ISO 3166-1 alpha-2 code (or {@code EU}).
 */
public record Jurisdiction(List<String> path) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._'-]{0,62}");

    public Jurisdiction {
        if (path == null || path.isEmpty() || !COUNTRY.matcher(path.get(0)).matches()) {
            throw new IllegalArgumentException("a jurisdiction starts with a two-letter country code: " + path);
        }
        for (var segment : path.subList(1, path.size())) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("not a valid region or community: '" + segment + "'");
            }
        }
        path = List.copyOf(path);
    }

    /** Parses the text form, segments separated by '/': {@code IT/Lazio}. */
    public static Jurisdiction of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a jurisdiction is required");
        }
        return new Jurisdiction(List.of(text.split("/", -1)));
    }

    public String country() {
        return path.get(0);
    }

    /** Whether {@code other} is this jurisdiction or lies inside it. */
    public boolean contains(Jurisdiction other) {
        return other.path.size() >= path.size()
                && other.path.subList(0, path.size()).equals(path);
    }

    @Override
    public String toString() {
        return String.join("/", path);
    }
}
