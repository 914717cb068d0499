// The duplicate rule, in one place for the audit and the comment browser: a
// comment is a duplicate when its normalised, non-generic text appears on two
// or more different posts. Most texts appear once: they keep their one post id
// as a string, and only a repeated text gets a Set (fewer allocations).
export type TextPosts = Map<string, string | Set<string>>;

/** norms[i] is comment i's normalised text ("" for generic texts, which never count). */
export function indexTextPosts(postIds: readonly string[], norms: readonly string[]): TextPosts {
  const index: TextPosts = new Map();
  for (let i = 0; i < norms.length; i++) {
    const norm = norms[i] as string;
    if (!norm) continue;
    const post = postIds[i] as string;
    const seen = index.get(norm);
    if (seen === undefined) index.set(norm, post);
    else if (typeof seen === "string") {
      if (seen !== post) index.set(norm, new Set([seen, post]));
    } else seen.add(post);
  }
  return index;
}

export function postCount(index: TextPosts, norm: string): number {
  const posts = index.get(norm);
  return posts === undefined ? 0 : typeof posts === "string" ? 1 : posts.size;
}

export function isDuplicateText(index: TextPosts, norm: string): boolean {
  return norm !== "" && postCount(index, norm) >= 2;
}
