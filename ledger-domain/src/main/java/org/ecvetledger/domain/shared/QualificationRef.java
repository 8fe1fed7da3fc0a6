package org.ecvetledger.domain.shared;

import java.util.Objects;

/** One version of a qualification standard; its text form {@code FR-BACPRO@2} is the aggregate identifier. */
public record QualificationRef(QualificationId id, int version) {

    public QualificationRef {
        Objects.requireNonNull(id, "qualification id");
        if (version < 1) {
            throw new IllegalArgumentException("a qualification version starts at 1: " + version);
        }
    }

    public static QualificationRef of(String id, int version) {
        return new QualificationRef(new QualificationId(id), version);
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
