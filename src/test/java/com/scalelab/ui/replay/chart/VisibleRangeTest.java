package com.scalelab.ui.replay.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VisibleRangeTest {

    @Test
    void zoomKeepsTheBarUnderTheCursorAndStaysInsideTheData() {
        VisibleRange r = new VisibleRange();
        r.reset(1000);
        // cursor at a quarter of the plot: bar 250; span 1000 x 0.8 = 800, start 250 - 0.25 x 800 = 50
        r.zoom(0.8, 0.25);
        assertThat(r.span()).isCloseTo(800, within(1e-9));
        assertThat(r.start()).isCloseTo(50, within(1e-9));
        assertThat(r.first()).isEqualTo(50);
        assertThat(r.last()).isEqualTo(849);
        // zooming out past the data shows every bar, never more
        r.zoom(10, 0.9);
        assertThat(r.first()).isEqualTo(0);
        assertThat(r.last()).isEqualTo(999);
    }

    @Test
    void zoomInStopsAtEightBarsAndPanStopsAtTheEnds() {
        VisibleRange r = new VisibleRange();
        r.reset(100);
        for (int i = 0; i < 50; i++) {
            r.zoom(0.5, 0.5);
        }
        assertThat(r.span()).isEqualTo(VisibleRange.MIN_ZOOM_SPAN);
        r.pan(1e9);
        // 100 bars, 8 shown, pushed to the end: bars 92..99
        assertThat(r.first()).isEqualTo(92);
        assertThat(r.last()).isEqualTo(99);
        r.pan(-1e9);
        assertThat(r.first()).isEqualTo(0);
        assertThat(r.last()).isEqualTo(7);
    }

    @Test
    void showRangeIsClampedAndAnEmptySeriesHasNoBars() {
        VisibleRange r = new VisibleRange();
        r.reset(50);
        r.show(40, 80);
        // 41 bars asked from 40; only 50 exist, so the last 41: 9..49
        assertThat(r.first()).isEqualTo(9);
        assertThat(r.last()).isEqualTo(49);
        r.show(7, 3);
        assertThat(r.first()).isEqualTo(3);
        assertThat(r.last()).isEqualTo(7);
        r.reset(0);
        assertThat(r.first()).isEqualTo(-1);
        assertThat(r.last()).isEqualTo(-1);
    }
}
