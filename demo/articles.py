"""The news index and what every article shares; the articles themselves are in
news_stories.py, readouts.py, videos.py and digests.py.

Dates are fixed (June to November 2026) so that loading again never changes a page. A page may
only link to pages listed before it in the loader's order (campaigns come before articles).
"""

import datetime

from news.models import NewsIndexPage

from .spec import ImageRef, PageSpec, T, rich

RELATED = T("Related", "ذو صلة", "À lire aussi")


def article(
    model,
    slug: str,
    fr_slug: str,
    title: T,
    date: str,
    summary: T,
    topics,
    picture: str,
    body,
    partners: tuple[str, ...] = (),
    **fields,
) -> PageSpec:
    return PageSpec(
        key=f"news/{slug}",
        model=model,
        title=title,
        fr_slug=fr_slug,
        topics=tuple(topics),
        partners=partners,
        fields={
            "date": datetime.date.fromisoformat(date),
            "summary": summary,
            "listing_image": ImageRef(picture),
            **fields,
            "body": body,
        },
    )


INDEX = PageSpec(
    key="news",
    model=NewsIndexPage,
    title=T("News", "الأخبار", "Actualités"),
    fr_slug="actualites",
    fields={
        "show_in_menus": True,
        "summary": T(
            "News, meeting readouts, joint statements and video features from the Coalition.",
            "أخبار التحالف ومحاضر اجتماعاته وبياناته المشتركة ومقاطع الفيديو الخاصة به.",
            "Actualités, comptes rendus de réunions, déclarations conjointes et vidéos de la "
            "Coalition.",
        ),
        "intro": rich(
            T(
                "What the Coalition's members are doing together, from the meeting room to the "
                "field. Filter by line of effort or by kind of article.",
                "ما يقوم به أعضاء التحالف معاً، من قاعات الاجتماعات إلى الميدان. يمكنكم التصفية "
                "حسب مسار العمل أو نوع المقال.",
                "Ce que les membres de la Coalition accomplissent ensemble, de la salle de "
                "réunion au terrain. Filtrez par axe d'action ou par type d'article.",
            ),
        ),
    },
)
