// TEMPORARY (replaced by the stories branch).
export interface StoryInput { id: string; headline: string; body: string; date: string | null; source: string | null; quotes?: string[] }
export interface StoryGroup { id: string; articles: string[] }
export function linkStories(articles: StoryInput[]): StoryGroup[] {
  return articles.map((a) => ({ id: a.id, articles: [a.id] }));
}
