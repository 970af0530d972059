-- Citus readiness (issue 16): every unique key of a tenant table starts with tenant_id, so that
-- when tables are distributed by tenant_id (docs/scaling.md) each key is enforced inside a shard.
-- api_tokens was the one exception: its token hashes were unique across all companies. Tokens
-- are 256-bit random values, so a hash never repeats in practice and the key within a company
-- loses nothing; a plain index keeps the lookup before the company is known (tenant_by_token_hash)
-- an index scan.
ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_token_hash_key;
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_tenant_id_token_hash_key UNIQUE (tenant_id, token_hash);
CREATE INDEX api_tokens_token_hash ON api_tokens (token_hash);
