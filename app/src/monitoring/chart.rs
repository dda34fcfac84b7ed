//! An indicator's values over time as a small SVG line, with its baseline and target as
//! lines across (decoration: the table beside it holds every number, so the drawing is hidden
//! from screen readers and mirrors in right-to-left pages like every bar).

use leptos::prelude::*;

use super::{Figures, Point};

/// Drawing width and height (the SVG scales to its box).
const W: f64 = 300.0;
const H: f64 = 100.0;
/// Room left above and below the extreme values.
const PAD: f64 = 8.0;

/// Where things fall in the drawing.
pub struct Layout {
    /// Each point's `x` and `y`.
    pub points: Vec<(f64, f64)>,
    /// The heights of the baseline and the target lines, when there are figures.
    pub lines: Option<(f64, f64)>,
}

/// Lays out `points` (oldest first) and the figures' lines: time across, values up.
pub fn layout(points: &[Point], figures: Option<&Figures>) -> Layout {
    let mut values: Vec<f64> = points.iter().map(|p| p.value).collect();
    if let Some(f) = figures {
        values.extend([f.baseline, f.target]);
    }
    let low = values.iter().copied().fold(f64::INFINITY, f64::min);
    let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let span = if (high - low).abs() > f64::EPSILON { high - low } else { 1.0 };
    let y = |v: f64| H - PAD - (v - low) / span * (H - 2.0 * PAD);
    let first = points.first().map(|p| p.on);
    let days = match (first, points.last()) {
        (Some(a), Some(b)) => (b.on - a).num_days().max(0) as f64,
        _ => 0.0,
    };
    let xs = points.iter().map(|p| {
        let offset = first.map_or(0.0, |a| (p.on - a).num_days() as f64);
        if days > 0.0 { PAD + offset / days * (W - 2.0 * PAD) } else { W / 2.0 }
    });
    Layout { points: xs.zip(points.iter().map(|p| y(p.value))).collect(), lines: figures.map(|f| (y(f.baseline), y(f.target))) }
}

/// The chart itself.
pub fn line_chart(points: &[Point], figures: Option<&Figures>) -> impl IntoView + use<> {
    let Layout { points: placed, lines: references } = layout(points, figures);
    let path = placed.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
    let dots = placed
        .iter()
        .map(|(x, y)| view! { <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="3" class="chart-dot"/> })
        .collect_view();
    let lines = references.map(|(base, target)| {
        view! {
            <line x1="0" x2=W.to_string() y1=format!("{base:.1}") y2=format!("{base:.1}") class="chart-baseline" vector-effect="non-scaling-stroke"/>
            <line x1="0" x2=W.to_string() y1=format!("{target:.1}") y2=format!("{target:.1}") class="chart-target" vector-effect="non-scaling-stroke"/>
        }
    });
    view! {
        <svg class="bar line-chart" viewBox=format!("0 0 {W} {H}") preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x="0" y="0" width=W.to_string() height=H.to_string() class="bar-track"/>
            {lines}
            <polyline points=path class="chart-line" vector-effect="non-scaling-stroke"/>
            {dots}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::{Figures, H, PAD, Point, W, layout};

    fn point(day: &str, value: f64) -> Point {
        Point { on: NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap_or_default(), value }
    }

    #[test]
    fn points_spread_over_time_and_the_target_sits_above_the_baseline() {
        let figures = Figures { unit: String::new(), baseline: 0.0, target: 100.0 };
        let points = [point("2027-01-01", 20.0), point("2027-01-31", 50.0), point("2027-03-02", 80.0)];
        let super::Layout { points: placed, lines } = layout(&points, Some(&figures));
        // First and last at the edges, the middle one half way (30 of 60 days).
        assert!((placed[0].0 - PAD).abs() < 1e-9 && (placed[2].0 - (W - PAD)).abs() < 1e-9);
        assert!((placed[1].0 - W / 2.0).abs() < 1e-9);
        // Higher values are drawn higher (smaller y); the target line above the baseline's.
        assert!(placed[2].1 < placed[1].1 && placed[1].1 < placed[0].1);
        let (base, target) = lines.unwrap_or_default();
        assert!((base - (H - PAD)).abs() < 1e-9 && (target - PAD).abs() < 1e-9);
    }

    #[test]
    fn a_single_value_stands_in_the_middle() {
        let super::Layout { points: placed, lines } = layout(&[point("2027-05-01", 7.0)], None);
        assert_eq!(placed.len(), 1);
        assert!((placed[0].0 - W / 2.0).abs() < 1e-9);
        assert!(lines.is_none());
    }
}
