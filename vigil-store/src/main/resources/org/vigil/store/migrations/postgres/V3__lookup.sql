-- PostgreSQL has had articles_id since V2; the version keeps both engines' histories the same.
SELECT 1;
