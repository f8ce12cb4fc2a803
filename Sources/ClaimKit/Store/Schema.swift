import GRDB

/// The store's schema as numbered migrations. A migration that has shipped is never edited: add a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1.createArticleSentenceClaimFinding") { db in
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        id          TEXT PRIMARY KEY,                  -- SHA-256 of the body, white space folded
                        source      TEXT NOT NULL,                     -- path or URL it was added from; '-' for stdin
                        title       TEXT,
                        published   TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                        date_origin TEXT,                              -- where the date came from: 'date header', '--date', ...
                        outlet      TEXT,
                        format      TEXT NOT NULL CHECK (format IN ('text', 'html')),
                        body        TEXT NOT NULL,
                        added_at    TEXT NOT NULL                      -- ISO 8601 UTC
                    );
                    CREATE TABLE sentence (
                        id          INTEGER PRIMARY KEY,
                        article_id  TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        start       INTEGER NOT NULL,                  -- code points into article.body
                        "end"       INTEGER NOT NULL CHECK ("end" > start),
                        text        TEXT NOT NULL,
                        UNIQUE (article_id, start)
                    );
                    CREATE TABLE claim (
                        id          INTEGER PRIMARY KEY,
                        article_id  TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        sentence_id INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE,
                        text        TEXT NOT NULL,
                        start       INTEGER NOT NULL,
                        "end"       INTEGER NOT NULL CHECK ("end" > start),
                        kind        TEXT NOT NULL CHECK (kind IN ('count', 'money', 'percent', 'quantity', 'date', 'duration', 'ordinal', 'number')),
                        value       TEXT NOT NULL,                     -- number, TIMEX date ('2021-10'), ISO duration ('P18Y') or tally
                        unit        TEXT,
                        qualifier   TEXT,
                        low         REAL,                              -- interval; dates in days since 1970-01-01, durations in unit
                        high        REAL,
                        implies     TEXT,                              -- date an anchored duration implies ('2003')
                        subject     TEXT NOT NULL,
                        subject_key TEXT NOT NULL,                     -- 'kind:head|place'; '' when unknown
                        owner       TEXT,                              -- whose figure: 'US' for "American troops"
                        as_of       TEXT,                              -- TIMEX of the time the figure holds for
                        as_of_first INTEGER,                           -- that period in days since 1970-01-01
                        as_of_last  INTEGER,
                        as_of_stated INTEGER NOT NULL CHECK (as_of_stated IN (0, 1)),
                        speaker     TEXT,
                        recognizer  TEXT NOT NULL
                    );
                    CREATE INDEX claim_by_article ON claim(article_id, start);
                    CREATE INDEX claim_by_subject ON claim(subject_key, as_of_first) WHERE subject_key <> '';
                    CREATE TABLE finding (
                        id          INTEGER PRIMARY KEY,
                        claim_a     INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
                        claim_b     INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
                        relation    TEXT NOT NULL,                     -- 'contradiction', ...
                        severity    TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
                        explanation TEXT NOT NULL,
                        status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed')),
                        note        TEXT,
                        found_at    TEXT NOT NULL,
                        reviewed_at TEXT,
                        CHECK (claim_a < claim_b),
                        UNIQUE (claim_a, claim_b, relation)
                    );
                    CREATE INDEX finding_by_status ON finding(status);
                    """)
        }
        // SQLite cannot change a CHECK constraint in place: the claim table is rebuilt to admit times of day.
        migrator.registerMigration("v2.claimKindTime") { db in
            try rebuildClaimTable(db) { $0.replacingOccurrences(of: "'date', 'duration'", with: "'date', 'time', 'duration'") }
        }
        migrator.registerMigration("v3.claimKindAge") { db in
            try rebuildClaimTable(db) { $0.replacingOccurrences(of: "'ordinal', 'number'", with: "'ordinal', 'number', 'age'") }
        }
        // Subjects compare part by part: the key keeps the head only, the modifiers, the place and the event that
        // fixes a figure get their own columns, and an article records the places it is about. Claims stored before keep their old keys, which
        // name a place after '|' and so never meet new ones: re-add those articles to compare them.
        migrator.registerMigration("v4.subjectParts") { db in
            try db.execute(
                sql: """
                    ALTER TABLE claim ADD COLUMN modifiers TEXT NOT NULL DEFAULT '';
                    ALTER TABLE claim ADD COLUMN place TEXT;
                    ALTER TABLE claim ADD COLUMN event TEXT;
                    ALTER TABLE article ADD COLUMN places TEXT NOT NULL DEFAULT '';
                    """)
        }
        // A page fetched by URL: each distinct body is a version of the same source, with the validators for a
        // conditional request next time and the URL it ended at.
        migrator.registerMigration("v5.page") { db in
            try db.execute(
                sql: """
                    CREATE TABLE page (
                        id            INTEGER PRIMARY KEY,
                        url           TEXT NOT NULL,                   -- as given
                        version       INTEGER NOT NULL,                -- 1, 2, ... for each changed body
                        article_id    TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        final_url     TEXT NOT NULL,                   -- after redirects
                        canonical_url TEXT,
                        media_type    TEXT NOT NULL,
                        etag          TEXT,
                        last_modified TEXT,
                        fetched_at    TEXT NOT NULL,                   -- ISO 8601 UTC, last fetch that saw this body
                        UNIQUE (url, version)
                    );
                    """)
        }
        // Candidates for a new claim are looked up by subject key and place, then time.
        migrator.registerMigration("v6.claimBySubjectPlace") { db in
            try db.execute(sql: "CREATE INDEX claim_by_subject_place ON claim(subject_key, place, as_of_first) WHERE subject_key <> ''")
        }
        return migrator
    }

    /// Rebuilds the claim table from its own definition, edited by `change`, keeping every row and index.
    private static func rebuildClaimTable(_ db: Database, _ change: (String) -> String) throws {
        let definition = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'claim'")!
        // After a rename SQLite keeps the name quoted ('CREATE TABLE "claim" ('): replace everything before the columns.
        let columns = definition[definition.firstIndex(of: "(")!...]
        try db.execute(sql: "CREATE TABLE claim_new " + change(String(columns)))
        try db.execute(
            sql: """
                INSERT INTO claim_new SELECT * FROM claim;
                DROP TABLE claim;
                ALTER TABLE claim_new RENAME TO claim;
                CREATE INDEX claim_by_article ON claim(article_id, start);
                CREATE INDEX claim_by_subject ON claim(subject_key, as_of_first) WHERE subject_key <> '';
                """)
    }
}
