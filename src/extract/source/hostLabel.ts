// The name part of a host: "www.inquirer.net" → "inquirer", "bbc.co.uk" → "bbc", and for blogs on a
// shared platform the blog's own sub-domain: "garymarcus.substack.com" → "garymarcus".

/** Hosting platforms whose sub-domains are separate sites. */
const PLATFORM = /^(substack|wordpress|blogspot|medium|github|tumblr|ghost|typepad|wixsite|weebly|squarespace|beehiiv|hashnode|livejournal)$/;
const SECOND_LEVEL = /^(co|com|net|org|gov|ac|edu|ne|or|go)$/;

export const isHost = (s: string): boolean => /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i.test(s.trim());

export function hostLabel(host: string): string {
  const parts = host.trim().toLowerCase().replace(/^www\./, '').split('.').filter(Boolean);
  if (parts.length < 2) return parts[0] ?? '';
  let i = parts.length - 2;
  if (SECOND_LEVEL.test(parts[i]) && parts[parts.length - 1].length === 2 && i > 0) i--;
  if (PLATFORM.test(parts[i]) && i > 0) i--;
  return parts[i];
}

/** Is the host a blog on a shared platform (its address is the site's only stable name)? */
export function isPlatformBlog(host: string): boolean {
  const parts = host.trim().toLowerCase().replace(/^www\./, '').split('.');
  return parts.length >= 3 && PLATFORM.test(parts[parts.length - 2]);
}
