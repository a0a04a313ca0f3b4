package com.scalelab.engine;

import static com.scalelab.engine.ScenarioBuilder.START;
import static com.scalelab.engine.ScenarioBuilder.initialEntry;
import static com.scalelab.engine.ScenarioBuilder.pyramid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract section 4: a value outside its domain fails closed with BLOCK / INVALID_INPUT, the
 * explanation names the field, checks 1-14 are not evaluated and there are no metrics.
 */
class InvalidInputTest {

    static Stream<Arguments> domainErrors() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        return Stream.of(
                bad("account.equity", s -> s.equity(0)),
                bad("account.equity", s -> s.equity(-100_000)),
                bad("account.equity", s -> s.equity(nan)),
                bad("account.equity", s -> s.equity(inf)),
                bad("position.stopPrice", s -> s.stop(0)),
                bad("position.stopPrice", s -> s.stop(nan)),
                bad("position.entries[0].price", s -> s.firstEntry(0, 10)),
                bad("position.entries[0].price", s -> s.firstEntry(-100, 10)),
                bad("position.entries[0].price", s -> s.firstEntry(inf, 10)),
                bad("position.entries[0].quantity", s -> s.firstEntry(100, 0)),
                bad("position.entries[0].quantity", s -> s.firstEntry(100, nan)),
                bad("position.entries[1].quantity", s -> s.thenEntry(101, -5, 60, 3)),
                bad("position.entries[0].bar", s -> s.noEntries().rawEntry(new Entry(100, 10, START, -1))),
                bad("position.entries[0].time", s -> s.noEntries().rawEntry(new Entry(100, 10, null, 120)).proposedTime(START)),
                bad("position.entries[1].time", s -> s.rawEntry(new Entry(101, 5, START.minusSeconds(60), 121))),
                bad("position.entries[1].bar", s -> s.rawEntry(new Entry(101, 5, START.plusSeconds(60), 119))),
                bad("position.direction", s -> s.positionDirection(null)),
                bad("broker.positionQuantity", s -> s.broker(nan)),
                bad("pendingOrders[0].quantity", s -> s.noPendingOrders().pendingOrder(OrderSide.SELL, 0, true)),
                bad("pendingOrders[1].side", s -> s.pendingOrder(null, 5, true)),
                bad("market.atr", s -> s.atr(0)),
                bad("market.atr", s -> s.atr(-2)),
                bad("market.atr", s -> s.atr(nan)),
                bad("market.atr", s -> s.atr(inf)),
                bad("market.spreadBps", s -> s.spreadBps(-0.1)),
                bad("market.spreadBps", s -> s.spreadBps(nan)),
                bad("market.spreadBps", s -> s.spreadBps(inf)),
                bad("proposed.direction", s -> s.proposedDirection(null)),
                bad("proposed.price", s -> s.price(0)),
                bad("proposed.price", s -> s.price(nan)),
                bad("proposed.price", s -> s.price(Double.NEGATIVE_INFINITY)),
                bad("proposed.quantity", s -> s.quantity(0)),
                bad("proposed.quantity", s -> s.quantity(inf)),
                bad("proposed.signalQuality", s -> s.signal(-0.01)),
                bad("proposed.signalQuality", s -> s.signal(1.01)),
                bad("proposed.signalQuality", s -> s.signal(nan)),
                bad("proposed.time", s -> s.minutesAfterLast(-0.001)),
                bad("proposed.bar", s -> s.barsAfterLast(-1)),
                bad("policy.name", s -> s.policyName("")),
                bad("policy.scaling.maxEntries", s -> s.maxEntries(0)),
                bad("policy.scaling.maxEntries", s -> s.maxEntries(101)),
                bad("policy.scaling.mode", s -> s.mode(null)),
                bad("policy.limits.maxPositionPct", s -> s.maxPositionPct(0)),
                bad("policy.limits.maxPositionPct", s -> s.maxPositionPct(1000.01)),
                bad("policy.limits.maxRiskPct", s -> s.maxRiskPct(0)),
                bad("policy.limits.maxRiskPct", s -> s.maxRiskPct(nan)),
                bad("policy.limits.ledgerTolerance", s -> s.ledgerTolerance(-0.1)),
                bad("policy.qualification.minMinutesBetween", s -> s.minMinutesBetween(-1)),
                bad("policy.qualification.minBarsBetween", s -> s.minBarsBetween(-1)),
                bad("policy.qualification.minSignalQuality", s -> s.minSignalQuality(1.5)),
                bad("policy.qualification.minSpacingAtr", s -> s.spacingAtr(-1, null)),
                bad("policy.qualification.maxSpacingAtr", s -> s.spacingAtr(2, 1.0)),
                bad("policy.qualification.volatilityPct", s -> s.volatilityPct(5, 0.5)),
                bad("policy.qualification.volatilityPct.min", s -> s.volatilityPct(-0.1, 5)),
                bad("policy.execution.maxSpreadBps", s -> s.maxSpreadBps(-1.0)),
                bad("policy.sizing.scale", s -> s.sizingScale(0)));
    }

    private static Arguments bad(String field, UnaryOperator<ScenarioBuilder> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("domainErrors")
    void aValueOutsideItsDomainIsBlockedNamingTheField(String field, UnaryOperator<ScenarioBuilder> change) {
        ScenarioBuilder s = change.apply(pyramid());
        assertInvalid(ScalingEngine.evaluate(s.policy(), s.context()), field);
        assertThat(ScalingEngine.decide(s.policy(), s.context())).isEqualTo(ReasonCode.INVALID_INPUT);
        assertThat(new DecisionSweep(s.policy(), s.context()).decide(103, 90, 6, 0.8, 2, 4))
                .isEqualTo(ReasonCode.INVALID_INPUT);
    }

    @Test
    void aNegativeBarOnAFirstEntryIsRefused() {
        ScenarioBuilder s = initialEntry().proposedBar(-1);
        assertInvalid(s.evaluate(), "proposed.bar");
    }

    @Test
    void missingPartsAreRefusedNotThrown() {
        ScenarioBuilder s = pyramid();
        assertInvalid(ScalingEngine.evaluate(null, s.context()), "policy");
        assertInvalid(ScalingEngine.evaluate(s.policy(), null), "scenario");
        assertInvalid(ScalingEngine.evaluate(s.policy(), s.context().withMarket(null)), "market");
        assertInvalid(ScalingEngine.evaluate(s.policy(), s.context().withPosition(null)), "position");
        assertInvalid(ScalingEngine.evaluate(s.policy(), s.context().withProposed(null)), "proposed");
        assertInvalid(ScalingEngine.evaluate(s.policy().withScaling(null), s.context()), "policy.scaling");
        assertInvalid(ScalingEngine.evaluate(s.policy().withLimits(null), s.context()), "policy.limits");
        ProposedEntry p = s.context().proposed();
        ProposedEntry untimed = new ProposedEntry(p.direction(), p.price(), p.quantity(), null, p.bar(), p.signalQuality());
        assertInvalid(ScalingEngine.evaluate(s.policy(), s.context().withProposed(untimed)), "proposed.time");
        assertThat(ScalingEngine.decide(null, null)).isEqualTo(ReasonCode.INVALID_INPUT);
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() {
        ScenarioBuilder s = pyramid().equity(0).atr(-1).signal(2).maxRiskPct(0);
        String explanation = s.evaluate().explanation();
        assertThat(explanation).contains("account.equity", "market.atr", "proposed.signalQuality",
                "policy.limits.maxRiskPct");
    }

    @Test
    void equalTimesAndBarsAreNotBackwards() {
        ScenarioBuilder s = pyramid().minutesAfterLast(0).barsAfterLast(0).minMinutesBetween(0).minBarsBetween(0);
        assertThat(s.evaluate().reasonCode()).isNotEqualTo(ReasonCode.INVALID_INPUT);
    }

    static void assertInvalid(ScalingResult r, String field) {
        assertThat(r.decision()).isEqualTo(Decision.BLOCK);
        assertThat(r.reasonCode()).isEqualTo(ReasonCode.INVALID_INPUT);
        assertThat(r.explanation()).contains(field);
        assertThat(r.metrics()).isNull();
        assertThat(r.checks()).hasSize(CheckCatalogue.size());
        CheckResult input = r.checks().get(0);
        assertThat(input.code()).isEqualTo(ReasonCode.INVALID_INPUT);
        assertThat(input.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(input.message()).contains(field);
        for (int i = 1; i < CheckCatalogue.size(); i++) {
            CheckResult c = r.checks().get(i);
            assertThat(c.code()).isEqualTo(CheckCatalogue.codes().get(i));
            assertThat(c.status()).as("%s", c.code()).isEqualTo(CheckStatus.NOT_EVALUATED);
            assertThat(c.observed()).isNull();
            assertThat(c.limit()).isNull();
        }
    }
}
