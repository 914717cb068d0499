// Table types for Kysely, kept in step with migrations/. Times are timestamptz
// (read back as Date); counts are integers; null means unknown.
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface WorkspacesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  created_at: Generated<Timestamp>;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string | null;
  password_hash: string;
  created_at: Generated<Timestamp>;
}

export interface MembershipsTable {
  workspace_id: number;
  user_id: number;
  role: "owner" | "member" | "viewer";
  created_at: Generated<Timestamp>;
}

export interface SessionsTable {
  /** SHA-256 of the session token (hex); the token itself lives only in the cookie. */
  id: string;
  user_id: number;
  workspace_id: number;
  expires_at: Timestamp;
  created_at: Generated<Timestamp>;
}

export interface ApiTokensTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  role: "member" | "viewer";
  created_by: number | null;
  created_at: Generated<Timestamp>;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface InvitationsTable {
  id: Generated<number>;
  workspace_id: number;
  role: "owner" | "member" | "viewer";
  token_hash: string;
  created_by: number | null;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_by: number | null;
}

export interface CreatorsTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  created_at: Generated<Timestamp>;
  /** Migration 0011: the working list's status (CREATOR_STATUSES) and the archive mark. */
  status: Generated<"to_review" | "shortlisted" | "contacted" | "rejected">;
  archived_at: Timestamp | null;
}

/** Migration 0011: a creator's tags, normalised (src/core/worklist.ts). */
export interface CreatorTagsTable {
  creator_id: number;
  tag: string;
}

/** Migration 0011: notes on a creator; author_name stays when the user is removed. */
export interface CreatorNotesTable {
  id: Generated<number>;
  creator_id: number;
  author_id: number | null;
  author_name: string;
  text: string;
  created_at: Timestamp;
}

export interface AccountsTable {
  id: Generated<number>;
  workspace_id: number;
  creator_id: number;
  platform: string;
  username: string;
  platform_user_id: string | null;
  created_at: Generated<Timestamp>;
  stored_posts: Generated<number>;
  stored_comments: Generated<number>;
  stored_followers: Generated<number>;
}

export interface ProfileSnapshotsTable {
  account_id: number;
  captured_at: Timestamp;
  followers: number | null;
  following: number | null;
  posts: number | null;
  full_name: string | null;
  bio: string | null;
  external_url: string | null;
  is_verified: boolean | null;
  is_business: boolean | null;
  category: string | null;
}

export interface PostsTable {
  account_id: number;
  platform_post_id: string;
  shortcode: string | null;
  taken_at: Timestamp;
  kind: string | null;
  caption: string | null;
  likes: number | null;
  comments: number | null;
  views: number | null;
  is_ad: boolean | null;
  sponsors: ColumnType<string[] | null, string | null, string | null>;
  location: string | null;
  /** Migration 0008: pinned to the grid, the paid-partnership label, like and view counts hidden. */
  pinned: boolean | null;
  paid_partnership: boolean | null;
  likes_hidden: boolean | null;
}

export interface CommentsTable {
  account_id: number;
  platform_comment_id: string;
  platform_post_id: string;
  parent_id: string | null;
  author_id: string | null;
  author_username: string | null;
  text: string;
  created_at: Timestamp;
  likes: number | null;
}

export interface FollowerSamplesTable {
  account_id: number;
  username: string;
  platform_user_id: string | null;
  followers: number | null;
  following: number | null;
  posts: number | null;
  has_avatar: boolean | null;
  is_private: boolean | null;
  is_verified: boolean | null;
  full_name: string | null;
  bio_length: number | null;
  biography: string | null;
  external_url: string | null;
  has_external_url: boolean | null;
  username_length: number | null;
  username_digit_count: number | null;
  captured_at: Timestamp;
}

export interface DailyCountsTable {
  account_id: number;
  /** A date: read it as text (`day::text`), since drivers turn a date into a Date at local midnight. */
  day: ColumnType<Date | string, string, string>;
  followers: number | null;
  following: number | null;
  posts: number | null;
}

export interface AuditsTable {
  id: Generated<number>;
  account_id: number;
  method_version: string;
  computed_at: Timestamp;
  inputs_from: Timestamp | null;
  inputs_to: Timestamp | null;
  result: ColumnType<unknown, string, string>;
  tier: string | null;
  median_rate: number | null;
  benchmark_rate: number | null;
  reply_share: number | null;
  generic_share: number | null;
  follower_model_version: string | null;
  comment_model_version: string | null;
  fake_share: number | null;
  spam_share: number | null;
  trust_score: number | null;
  score_version: string | null;
  /** Share of the trust score's weight whose components had data, 0–1 (migration 0013). */
  score_coverage: number | null;
  /** {followers, niches: [{id, share}], languages: [{code, share}] | null}: what the fit ranking reads. */
  fit_inputs: ColumnType<unknown, string | null | undefined, string | null>;
}

export interface BrandTargetsTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  /** The BrandTarget of src/core/brand-target.ts, without its name. */
  spec: ColumnType<unknown, string, string>;
  /** Defaulted by the database, or set from the service's clock. */
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface MediaKitRequestsTable {
  id: Generated<number>;
  workspace_id: number;
  creator_id: number;
  /** SHA-256 of the link's token (hex); the token itself is only in the link. */
  token_hash: string;
  created_by: number | null;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  opened_at: Timestamp | null;
  email: string | null;
  emailed_at: Timestamp | null;
  /** A MediaKit (src/core/media-kit.ts) as last saved, possibly incomplete. */
  draft: ColumnType<unknown, string | null, string | null>;
  draft_saved_at: Timestamp | null;
  /** The submitted MediaKit. */
  kit: ColumnType<unknown, string | null, string | null>;
  submitted_at: Timestamp | null;
}

export interface MediaKitFilesTable {
  id: Generated<number>;
  request_id: number;
  name: string;
  mime: string;
  size: number;
  data: Uint8Array;
  uploaded_at: Generated<Timestamp>;
}

export interface AccountDemographicsTable {
  account_id: number;
  captured_at: Timestamp;
  dimension: "age" | "gender" | "country" | "city";
  key: string;
  value: number;
}

/** Migration 0009: each username an account was seen under, first and last time seen. */
export interface AccountUsernamesTable {
  account_id: number;
  username: string;
  first_seen: Timestamp;
  last_seen: Timestamp;
}

/** A jsonb column: written as JSON text, read back parsed. */
type Json = ColumnType<unknown, string, string>;

/** Migration 0012: a workspace's campaigns (core/campaign.ts). */
export interface CampaignsTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  brand_target_id: number | null;
  /** Days as "YYYY-MM-DD" (date columns are read back as text: see the casts in services). */
  starts_on: string;
  ends_on: string;
  budget_minor: number | null;
  currency: string;
  goal: string;
  kpis: Json;
  call_to_action: Json;
  landing_url: string | null;
  products: Json;
  created_by: number | null;
  created_at: Generated<Date>;
}

/** Migration 0012: one creator in one campaign, with its status (core/campaign.ts). */
export interface PartnershipsTable {
  id: Generated<number>;
  workspace_id: number;
  campaign_id: number;
  creator_id: number;
  status: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** Migration 0012: every status change of a partnership, in order. */
export interface PartnershipEventsTable {
  id: Generated<number>;
  partnership_id: number;
  at: Date;
  actor: string;
  from_status: string | null;
  to_status: string;
  note: string | null;
}

/** Migration 0012: the append-only, hash-chained contract trail (core/trail-hash.ts). */
export interface ContractTrailTable {
  id: Generated<number>;
  workspace_id: number;
  partnership_id: number;
  seq: number;
  at: Date;
  kind: string;
  actor: string;
  ip_hash: string | null;
  user_agent: string | null;
  detail: Json;
  prev_sha256: string;
  sha256: string;
}

/** Migration 0013: every issued version of a partnership's contract; frozen once accepted. */
export interface ContractVersionsTable {
  id: Generated<number>;
  workspace_id: number;
  partnership_id: number;
  number: number;
  /** ContractTerms as issued. */
  terms: Json;
  /** The ContractDocument as issued (src/contract/contract-types.ts). */
  document: Json;
  pdf: Buffer;
  pdf_sha256: string;
  status: string;
  created_by: string;
  created_at: Date;
  accepted_name: string | null;
  accepted_at: Date | null;
  /** The PDF with its certificate page, exactly as produced at acceptance. */
  accepted_pdf: Buffer | null;
  accepted_pdf_sha256: string | null;
  /** The contract trail's last hash at acceptance. */
  trail_head: string | null;
}

/** Migration 0013: the creator's review links; only the token's SHA-256 is stored. */
export interface ContractLinksTable {
  id: Generated<number>;
  workspace_id: number;
  partnership_id: number;
  token_hash: string;
  created_by: string;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

/** Migration 0013: a change the creator proposes to one term of a version. */
export interface ContractProposalsTable {
  id: Generated<number>;
  workspace_id: number;
  partnership_id: number;
  version_number: number;
  /** The term's field path ("compensation.fee"). */
  field: string;
  /** What the creator proposes instead, in their words. */
  proposed: string;
  comment: string;
  created_at: Date;
}

/** Migration 0015: one accepted piece of content (core/contract-deliverables.ts). */
export interface DeliverablesTable {
  id: Generated<number>;
  workspace_id: number;
  partnership_id: number;
  contract_version_id: number;
  /** 1-based within the contract, in the order of the terms. */
  number: number;
  platform: string;
  kind: string;
  /** "2 of 3": the second of three reels of one term. */
  of_index: number;
  of_count: number;
  frames: number | null;
  /** Dates: read them as text (`to_char`), as campaigns' days are. */
  draft_due: string | null;
  go_live: string;
  up_until: string | null;
  highlight_until: string | null;
  link_sticker: boolean;
  disclosure_wording: string;
  /** string[]: where the label goes, in plain words. */
  disclosure_placement: Json;
  mentions: Json;
  hashtags: Json;
  links: Json;
  codes: Json;
  /** core/deliverable-status.ts; `due` when stored. */
  status: Generated<string>;
  created_at: Date;
  /** Migration 0019: the post that fulfils it, how it was matched and why, and the last check. */
  post_account_id: number | null;
  post_id: string | null;
  match_by: "rule" | "hand" | null;
  match_reasons: Generated<Json>;
  posted_at: Date | null;
  problems: Generated<Json>;
  checked_at: Date | null;
}

/** Migration 0019: a brand's own "this post is (not) that deliverable". */
export interface DeliverableDecisionsTable {
  deliverable_id: number;
  account_id: number;
  post_id: string;
  decision: "match" | "unmatch";
  decided_by: string;
  decided_at: Date;
}

/** Migration 0016: a workspace's contract template; its days are offsets ("+14"). */
export interface ContractTemplatesTable {
  workspace_id: number;
  /** ContractTerms whose days are offsets from the campaign's start (core/contract-days.ts). */
  terms: Json;
  saved_by: string;
  saved_at: Date;
}

/** Migration 0017: a partnership's tracked links; slugs are unique across the installation. */
export interface LinksTable {
  id: Generated<number>;
  workspace_id: number;
  partnership_id: number;
  slug: string;
  /** The destination as the brand gave it. */
  destination: string;
  /** The destination with the UTM parameters added: where the redirect sends visitors. */
  target_url: string;
  enabled: boolean;
  expires_at: Date | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

/** Migration 0017: every request the redirect answered with a 302, bots and repeats flagged. */
export interface ClicksTable {
  id: Generated<string>;
  link_id: number;
  at: Date;
  /** The first-party click id added to the destination (vclid). */
  click_id: string;
  /** SHA-256 of the day's salt, the address and the user agent; no address is stored. */
  visitor_hash: string;
  /** head | preview | no_user_agent | bot; null for a person. */
  bot_reason: string | null;
  /** A person's later click on the same link within the hour: stored, not counted. */
  duplicate: boolean;
  country: string | null;
  referrer_domain: string | null;
}

/** Migration 0017: the salt of each day's visitor hashes, shared by every redirect process. */
export interface ClickSaltsTable {
  day: string;
  salt: string;
}

/** Migration 0010: password reset links, stored as the SHA-256 of their token. */
export interface PasswordResetsTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface DB {
  workspaces: WorkspacesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  creators: CreatorsTable;
  creator_tags: CreatorTagsTable;
  creator_notes: CreatorNotesTable;
  accounts: AccountsTable;
  account_usernames: AccountUsernamesTable;
  profile_snapshots: ProfileSnapshotsTable;
  posts: PostsTable;
  comments: CommentsTable;
  follower_samples: FollowerSamplesTable;
  daily_counts: DailyCountsTable;
  audits: AuditsTable;
  brand_targets: BrandTargetsTable;
  media_kit_requests: MediaKitRequestsTable;
  media_kit_files: MediaKitFilesTable;
  account_demographics: AccountDemographicsTable;
  campaigns: CampaignsTable;
  partnerships: PartnershipsTable;
  partnership_events: PartnershipEventsTable;
  contract_trail: ContractTrailTable;
  contract_versions: ContractVersionsTable;
  contract_templates: ContractTemplatesTable;
  contract_links: ContractLinksTable;
  contract_proposals: ContractProposalsTable;
  deliverables: DeliverablesTable;
  deliverable_decisions: DeliverableDecisionsTable;
  links: LinksTable;
  clicks: ClicksTable;
  click_salts: ClickSaltsTable;
}
