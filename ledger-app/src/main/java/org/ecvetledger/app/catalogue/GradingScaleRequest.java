package org.ecvetledger.app.catalogue;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The grades a standard uses, e.g. {@code {"minimum": 0, "maximum": 20}} in France. */
record GradingScaleRequest(
        @NotNull @Digits(integer = 6, fraction = 2) BigDecimal minimum,
        @NotNull @Digits(integer = 6, fraction = 2) BigDecimal maximum) {}
