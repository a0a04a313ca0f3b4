package com.scalelab.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Decision;
import com.scalelab.ui.app.VerdictBadge;
import org.junit.jupiter.api.Test;

/** How numbers and verdicts read in the table. */
class AuditCellTextTest {
    @Test
    void percentagesShowUpToThreeDecimalsLikeTheEngine() {
        assertThat(AuditController.percent(14.933333)).isEqualTo("14.933%");
        assertThat(AuditController.percent(0.2458)).isEqualTo("0.246%");
        assertThat(AuditController.percent(1.5)).isEqualTo("1.5%");
        assertThat(AuditController.percent(20.0)).isEqualTo("20%");
        assertThat(AuditController.percent(null)).isEqualTo("\u2014");
    }

    @Test
    void moneyIsGroupedWithTwoDecimals() {
        assertThat(AuditController.money(29500)).isEqualTo("29,500.00");
    }

    @Test
    void everyVerdictHasAShapeAndAWord() {
        assertThat(VerdictBadge.text(Decision.SCALE)).isEqualTo("\u2714 SCALE");
        assertThat(VerdictBadge.text(Decision.SKIP)).isEqualTo("\u2016 SKIP");
        assertThat(VerdictBadge.text(Decision.BLOCK)).isEqualTo("\u2716 BLOCK");
    }
}
