package org.ecvetledger.projections.transcript;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the next page of an institution's trail starts: after the entry at {@code stage} and ledger
 * {@code position}, among the events up to ledger position {@code upTo} — the last one the first page
 * saw, so that events recorded between pages neither shift nor mark entries already read. Opaque to
 * clients: encoded as URL-safe base64.
 */
public record TrailCursor(TrailStage stage, long position, long upTo) {

    public TrailCursor {
        Objects.requireNonNull(stage, "stage");
        if (position < 0 || upTo < position) {
            throw new IllegalArgumentException("is not a cursor of this trail");
        }
    }

    /** Whether {@code entry} comes after this cursor in trail order (stage, then ledger position). */
    boolean precedes(TrailEntryView entry) {
        var byStage = entry.stage().compareTo(stage);
        return byStage > 0 || (byStage == 0 && entry.position() > position);
    }

    public String encode() {
        var text = stage.name() + ":" + position + ":" + upTo;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code text} is not a cursor this ledger handed out */
    public static TrailCursor decode(String text) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("is not a cursor of this trail");
            }
            return new TrailCursor(TrailStage.valueOf(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a cursor of this trail: pass the 'next' of the previous page");
        }
    }
}
