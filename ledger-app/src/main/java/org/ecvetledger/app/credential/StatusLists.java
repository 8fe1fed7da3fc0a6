package org.ecvetledger.app.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.ecvetledger.domain.shared.InstitutionId;

/**
 * W3C Bitstring Status List v1.0: one list per issuer, a credential's bit at its status-list index,
 * bit 0 the most significant bit of the first byte; the list GZIP-compressed, base64url without
 * padding, with the multibase prefix {@code u}; at least 16 KiB (131,072 bits) so that one
 * credential's bit does not stand out.
 */
final class StatusLists {

    static final int MINIMUM_BITS = 131_072;
    private static final String ENTRY_PATH = "/api/status-lists/";

    private StatusLists() {}

    static String encode(Collection<Long> setBits, long highestIndex) {
        long bits = Math.max(MINIMUM_BITS, ((highestIndex / 8) + 1) * 8);
        if (bits > Integer.MAX_VALUE) {
            throw new IllegalStateException("a status list of " + bits + " bits is too long");
        }
        var list = new byte[(int) (bits / 8)];
        for (long index : setBits) {
            list[(int) (index / 8)] |= (byte) (0x80 >>> (index % 8));
        }
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Whether bit {@code index} of an encoded list is set. */
    static boolean isSet(String encodedList, long index) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("an encoded status list starts with the multibase prefix u");
        }
        byte[] list;
        try (var gzip = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
            list = gzip.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("the status list is not GZIP data", e);
        }
        if (index < 0 || index / 8 >= list.length) {
            throw new IllegalArgumentException("status-list index " + index + " lies outside the list");
        }
        return (list[(int) (index / 8)] & (0x80 >>> (index % 8))) != 0;
    }

    static String listUrl(String baseUrl, InstitutionId issuer) {
        return baseUrl + ENTRY_PATH + issuer.value();
    }

    /** The credential's status entry: its bit's address, {@code <list>#<index>} (the EDC shapes want an xsd:anyURI). */
    static String entryUrl(String baseUrl, InstitutionId issuer, long index) {
        return listUrl(baseUrl, issuer) + "#" + index;
    }

    /** The issuer and index an entry URL names; null when it is not a status entry of this form. */
    static Entry parseEntry(String url) {
        if (url == null) {
            return null;
        }
        int path = url.indexOf(ENTRY_PATH);
        int hash = url.lastIndexOf('#');
        if (path < 0 || hash < path) {
            return null;
        }
        try {
            return new Entry(
                    url.substring(0, hash),
                    new InstitutionId(url.substring(path + ENTRY_PATH.length(), hash)),
                    Long.parseLong(url.substring(hash + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    record Entry(String listUrl, InstitutionId issuer, long index) {}
}
