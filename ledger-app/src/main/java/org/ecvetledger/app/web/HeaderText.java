package org.ecvetledger.app.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text carried in an HTTP header: ASCII on the wire, other characters percent-encoded UTF-8. */
public final class HeaderText {

    private HeaderText() {}

    /**
     * A header value is ASCII on the wire; a name such as "Léa Moreau" is sent percent-encoded
     * UTF-8 ({@code L%C3%A9a Moreau}). Null when the value is not visible ASCII or not valid
     * percent-encoded UTF-8.
     */
    public static String decode(String header) {
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            if (i + 2 >= header.length()) {
                return null;
            }
            int high = Character.digit(header.charAt(i + 1), 16);
            int low = Character.digit(header.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            return text.chars().anyMatch(Character::isISOControl) ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
