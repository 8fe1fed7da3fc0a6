package org.ecvetledger.domain.qualification;

import java.util.List;
import java.util.stream.Collectors;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * Publishing refused: the standard is not consistent (R6 points, R9 no points without a framework,
 * R12 rules on attached units, published units only). Carries every finding, not just the first.
 */
public class QualificationStandardInconsistent extends LedgerRuleViolation {

    private final List<Finding> findings;

    public QualificationStandardInconsistent(QualificationRef standard, List<Finding> findings) {
        super(
                findings.get(0).rule(),
                standard + " cannot be published: "
                        + findings.stream().map(Finding::message).collect(Collectors.joining("; ")));
        this.findings = List.copyOf(findings);
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }

    @Override
    public boolean isConflict() {
        return false;
    }
}
