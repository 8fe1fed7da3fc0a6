package org.ecvetledger.domain.shared;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A text in one or more languages, keyed by BCP 47 language tag ({@code fr}, {@code de}, {@code
 * pt-BR}). Catalogue titles keep the original language next to translations (DOMAIN c1).
 */
public record MultilingualText(Map<String, String> texts) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public MultilingualText {
        if (texts == null || texts.isEmpty()) {
            throw new IllegalArgumentException("at least one language is required");
        }
        var copy = new TreeMap<String, String>();
        texts.forEach((language, text) -> {
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("not a language tag: " + language);
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("the " + language + " text is blank");
            }
            copy.put(language, text.strip());
        });
        texts = java.util.Collections.unmodifiableMap(copy);
    }

    public static MultilingualText of(String language, String text) {
        return new MultilingualText(Map.of(language, text));
    }

    /** The text in that language, else English, else the first language there is. */
    public String in(String language) {
        var text = texts.get(language);
        if (text == null) {
            text = texts.get("en");
        }
        return text != null ? text : texts.values().iterator().next();
    }
}
