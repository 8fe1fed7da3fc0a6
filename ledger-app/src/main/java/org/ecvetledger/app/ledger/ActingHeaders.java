package org.ecvetledger.app.ledger;

import org.ecvetledger.app.access.Caller;
import org.ecvetledger.app.web.HeaderText;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;

/**
 * Who takes a decision on a learner's credit (R3): the acting institution and the person acting
 * for it, taken from the signed-in staff account (issue 10, ADR 0014). The {@code X-Acting-Institution}
 * and {@code X-Acting-Person} headers are optional; when sent, the access rules have already refused
 * any that do not name the account's own institution and display name. Without a staff account (a
 * caller the access rules let through for another reason) both headers are required, and a missing
 * or malformed one is a bad field named after its header.
 */
public final class ActingHeaders {

    public static final String INSTITUTION = "X-Acting-Institution";
    public static final String PERSON = "X-Acting-Person";
    static final int PERSON_MAX_LENGTH = 200;

    private ActingHeaders() {}

    /** The actor, or null after recording each bad header in {@code fields}. */
    public static Actor actor(InvalidField.Fields fields, String institutionHeader, String personHeader) {
        var staff = Caller.staff();
        if (staff.isPresent()) {
            return new Actor(
                    new InstitutionId(staff.get().institution()), staff.get().displayName());
        }
        InstitutionId institution = null;
        if (institutionHeader == null || institutionHeader.isBlank()) {
            fields.reject(INSTITUTION, "required", "names the acting institution's id; it is required");
        } else {
            institution = fields.check(INSTITUTION, () -> new InstitutionId(institutionHeader.strip()));
        }
        String person = null;
        if (personHeader == null || personHeader.isBlank()) {
            fields.reject(PERSON, "required", "names the person acting for the institution; it is required");
        } else {
            person = decode(personHeader);
            if (person == null) {
                fields.reject(
                        PERSON,
                        "format",
                        "must be visible ASCII; write other characters percent-encoded as UTF-8, e.g. L%C3%A9a");
            } else if (person.isBlank()) {
                fields.reject(PERSON, "required", "names the person acting for the institution; it is required");
                person = null;
            } else if (person.strip().length() > PERSON_MAX_LENGTH) {
                fields.reject(PERSON, "length", "must be at most " + PERSON_MAX_LENGTH + " characters");
                person = null;
            }
        }
        return institution == null || person == null ? null : new Actor(institution, person);
    }

    static String decode(String header) {
        return HeaderText.decode(header);
    }
}
