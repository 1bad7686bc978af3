-- Version 2: the stale-figure and ordinal checks look for the most extreme earlier figure of a
-- metric; these indexes answer that without reading every figure of the metric.
CREATE INDEX figures_metric_lo ON figures (metric, lo_r);
CREATE INDEX figures_metric_hi ON figures (metric, hi_r);
