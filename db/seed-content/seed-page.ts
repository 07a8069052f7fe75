// The page Spalte grew from (shared/seed/article-page.txt, copied into the repo as article-page.txt) is the first
// demo article, articles/001-….md: its headline, lead and paragraphs are verbatim, typos included; its "Læs mere
// her:" / "Læs også:" lines are related-article blocks pointing at the two articles after it, so they always show
// the targets' current titles. Tests find these three by slug.

export const SEED_ARTICLE_SLUG = 'zoom-beskyldes-for-at-samarbejde-med-kina';
export const PFA_ARTICLE_SLUG = 'pfa-forbyder-brug-af-zoom-se-cio-morten-bruun-steiners-it-sikkerhedsplan-her';
export const ZOOM_AUTHORITIES_SLUG = 'zoom-klar-til-at-udlevere-gratis-opkald-til-amerikanske-myndigheder';
