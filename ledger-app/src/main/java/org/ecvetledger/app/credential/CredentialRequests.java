package org.ecvetledger.app.credential;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ecvetledger.app.web.IsoDate;
import org.ecvetledger.app.web.OneOf;
import org.ecvetledger.domain.credential.RevocationReason;

/** Bodies of the credential endpoints. */
final class CredentialRequests {

    static final String QUALIFICATION_ID = "\\s*|[A-Za-z0-9][A-Za-z0-9._-]{1,63}";
    static final String UNIT_REF = "\\s*|[A-Za-z0-9][A-Za-z0-9._-]{0,63}@[1-9][0-9]{0,8}";
    static final String CREDENTIAL_ID =
            "(urn:credential:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private CredentialRequests() {}

    /**
     * Body of {@code POST /api/learners/{id}/credentials}: what the learner chose to include.
     *
     * @param qualification only this qualification's credit and award; absent for all
     * @param units         only these units (CODE@VERSION); absent or empty for all
     * @param supersedes    the earlier credential this one replaces (it is revoked as superseded)
     */
    record Issue(
            @Pattern(regexp = QUALIFICATION_ID, message = "must be 2 to 64 letters, digits, '.', '_' or '-'")
            String qualification,

            @Size(max = 200)
            List<
                            @NotBlank
                            @Pattern(
                                    regexp = UNIT_REF,
                                    message = "must name a unit version as CODE@VERSION, e.g. U31@1")
                            String>
                    units,

            @Pattern(regexp = CREDENTIAL_ID, message = "must be a credential id, urn:credential:<uuid>")
            String supersedes) {}

    /** Body of {@code POST /api/credentials/{id}/revocation}: a reason category is required. */
    record Revocation(
            @NotBlank @OneOf(RevocationReason.class) String reason,
            @Size(max = 2000) String explanation,

            @Pattern(regexp = CREDENTIAL_ID, message = "must be a credential id, urn:credential:<uuid>")
            String supersededBy,

            @NotNull @IsoDate String effectiveDate) {}
}
