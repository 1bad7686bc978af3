-- The claims ledger, version 1 (SQLite). Dates are ISO text; flags are 0/1.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,          -- the URL, else 'path:' + the absolute path, else 'csv:' + the file
    kind TEXT NOT NULL,                -- 'article' or 'reference'
    path TEXT,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    added_at TEXT NOT NULL
);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_path ON articles (path);

CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    claim_id TEXT,
    metric TEXT NOT NULL,
    place TEXT,                        -- place or entity key the metric is scoped by
    scope TEXT,                        -- what the count covers, when a source says ('including four held since 2014')
    source TEXT,                       -- source key (from the attribution)
    attribution TEXT,
    kind TEXT NOT NULL,
    unit TEXT,
    text TEXT NOT NULL,
    value REAL,
    lower REAL,
    upper REAL,
    lower_inclusive INTEGER NOT NULL DEFAULT 1,
    upper_inclusive INTEGER NOT NULL DEFAULT 1,
    qualifier TEXT,
    rounding_unit REAL,
    lo_r REAL,                         -- the interval widened by the printed rounding
    hi_r REAL,
    as_of TEXT,
    url TEXT
);
CREATE INDEX figures_metric ON figures (metric, as_of);
CREATE INDEX figures_article ON figures (article_id);
