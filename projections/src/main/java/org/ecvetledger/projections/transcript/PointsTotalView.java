package org.ecvetledger.projections.transcript;

import java.math.BigDecimal;
import java.util.List;

/** The learner's points in one credit framework (decision (j)8), with the recognitions that make them up. */
public record PointsTotalView(String framework, BigDecimal points, List<PointsSourceView> sources) {}
