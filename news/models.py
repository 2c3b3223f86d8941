"""News index and article pages: every article kind shares ArticlePage so one query lists all."""

from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import models
from django.db.models import F, QuerySet, prefetch_related_objects
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from base.blocks import BodyStreamBlock, VideoBlock
from base.listings import (
    CountedPaginator,
    newest_first,
    prefetch_when_rendered,
    topics_by_translation_key,
    under,
    with_listing_images,
)
from base.models import BasePage

from .blocks import DigestItemBlock
from .structured_data import news_article, video_object


class NewsIndexPage(RoutablePageMixin, BasePage):
    """Lists news, readouts, video features and digests together, newest first, filterable."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "news.NewsPage",
        "news.ReadoutPage",
        "news.VideoFeaturePage",
        "news.DigestPage",
    ]
    max_count_per_parent = 1
    PAGE_SIZE = 9

    class Meta:
        verbose_name = _("news index")

    def article_pages(self, kind: str = "", topic: str = "") -> QuerySet:
        """This index's live articles as plain pages, narrowed by `kind` and `topic`: what
        listings and feeds select from, and cheap to count."""
        pages = under(Page.objects.live(), self, children_only=True)
        if kind in ARTICLE_KINDS:
            pages = pages.filter(
                content_type=ContentType.objects.get_for_model(ARTICLE_KINDS[kind])
            )
        if topic:
            pages = pages.filter(articlepage__topic_links__topic__slug=topic).distinct()
        return pages

    def articles(self, kind: str = "", topic: str = ""):
        """Live articles under this index, newest first; `kind` and `topic` narrow them."""
        return article_cards(
            newest_first(ArticlePage.objects.all(), self.article_pages(kind, topic))
        )

    def listing(self, request, kind: str = "", topic: str = "") -> PaginatorPage:
        """The page of articles the request asks for, counted on the plain pages."""
        total = self.article_pages(kind, topic).count()
        return self.paginate(request, prefetch_when_rendered(self.articles(kind, topic)), total)

    def paginate(self, request, pages, total: int | None = None) -> PaginatorPage:
        """The requested page; with `from`, that page and every one before it back to `from`.

        "Load more" appends pages in the browser and records them in the address
        (?from=1&page=3), so a reload or the back button shows the same articles again.
        """
        if total is None:
            paginator = Paginator(pages, self.PAGE_SIZE)
        else:
            paginator = CountedPaginator(pages, self.PAGE_SIZE, total)
        # get_page turns a non-number into page 1 and a number out of range into the last page.
        last = paginator.get_page(request.GET.get("page"))
        first = first_page_shown(request.GET.get("from"), last.number)
        if first == last.number:
            return last
        start = (first - 1) * self.PAGE_SIZE
        return PaginatorPage(
            paginator.object_list[start : last.end_index()], last.number, paginator
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        kind = request.GET.get("kind", "")
        topic = request.GET.get("topic", "")
        context["articles"] = self.listing(request, kind, topic)
        context["kind"] = kind if kind in ARTICLE_KINDS else ""
        context["topic"] = topic
        context["kinds"] = [(key, model._meta.verbose_name) for key, model in ARTICLE_KINDS.items()]
        context["topics"] = topics_by_translation_key().values()
        context["filter_query"] = urlencode(
            [(k, v) for k, v in (("kind", kind), ("topic", topic)) if v]
        )
        # Filtered listings duplicate the index: keep them out of search engines.
        context["noindex"] = bool(kind or topic)
        return context

    # Feeds live under the index, so each language's feed follows its index's slug.
    @path("feed/", name="feed")
    @path("<slug:kind>/feed/", name="kind_feed")
    def rss_feed(self, request, kind: str = ""):
        from .feeds import serve_feed

        return serve_feed(request, self, kind, atom=False)

    @path("feed/atom/", name="atom_feed")
    @path("<slug:kind>/feed/atom/", name="kind_atom_feed")
    def atom_feed(self, request, kind: str = ""):
        from .feeds import serve_feed

        return serve_feed(request, self, kind, atom=True)


def article_cards(pages: QuerySet) -> QuerySet:
    """Articles as listings show them (components/article_card.html), newest first: kind labels,
    topics and listing images in a fixed number of queries, however many articles."""
    pages = (
        pages.annotate(document_type=F("readoutpage__document_type"))
        .defer_streamfields()
        .order_by("-date", "-pk")
    )
    return with_listing_images(pages.prefetch_related("topic_links__topic"))


# However many pages "Load more" appended, one address shows at most this many at once.
MAX_PAGES_SHOWN = 10


def first_page_shown(value: str | None, last: int) -> int:
    """The first page to show up to `last`: `value` if it is a page number before it."""
    try:
        first = int(value or last)
    except ValueError:
        return last
    return min(last, max(first, 1, last - MAX_PAGES_SHOWN + 1))


class ArticleTopic(Orderable):
    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey("base.Topic", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("topic")]


class ArticlePartner(Orderable):
    """A member the article names: a readout's issuing governments, a story's partners.

    Like topics, the links are copied to translations as they are; pages show each partner in
    the visitor's language by its translation key (members.listings.article_partners).
    """

    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="partner_links")
    member = models.ForeignKey("members.Member", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("member")]


class ArticlePage(BasePage):
    """What every article kind has. Not created directly: editors choose a kind."""

    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(BodyStreamBlock(), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        InlinePanel("topic_links", label=_("Topics"), heading=_("Topics")),
        InlinePanel("partner_links", label=_("Partner"), heading=_("Partners involved")),
        FieldPanel("body"),
    ]
    promote_panels = BasePage.promote_panels[1:]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.RelatedFields(
            "topic_links", [index.RelatedFields("topic", [index.SearchField("name")])]
        ),
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []
    is_creatable = False

    class Meta:
        verbose_name = _("article")
        # Listings order by date, newest first: without this index every listing sorts the
        # whole archive.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="article_newest_first")]

    og_type = "article"

    @property
    def kind_label(self) -> str:
        """What listings call this article; each kind answers for itself. Listings hold plain
        ArticlePages (with what `article_cards` annotates), so the answer comes from the class."""
        return self.specific_class.label_of(self)

    @classmethod
    def label_of(cls, article: "ArticlePage") -> str:
        return cls._meta.verbose_name

    def article_meta(self) -> dict:
        return {
            "published": self.date,
            "section": capfirst(self.kind_label),
            "tags": [topic.name for topic in self.topics()] if self.pk else [],
        }

    def topics(self, topics_by_key: dict | None = None) -> list:
        """This article's topics in the visitor's language (falls back to the stored topic)."""
        topics_by_key = topics_by_key if topics_by_key is not None else topics_by_translation_key()
        return [
            topics_by_key.get(link.topic.translation_key, link.topic)
            for link in self.topic_links.all()
        ]

    @cached_property
    def related_articles(self) -> list:
        """Other live articles sharing a topic, newest first; the latest ones if none share one.
        One query when some share a topic (asking first whether any do took two); their images
        are fetched only if a card is rendered (cards come from the fragment cache)."""
        related, siblings = self.related_pages()
        found = list(self.newest_articles(related, 3)) if related is not None else []
        return found or list(self.newest_articles(siblings, 3))

    def related_pages(self) -> tuple[QuerySet | None, QuerySet]:
        """The live pages sharing a topic with this article (None if it has no topic), and all
        its live siblings."""
        parent = Page(path=self.path[: -self.steplen], depth=self.depth - 1)
        siblings = under(Page.objects.live(), parent, children_only=True).exclude(pk=self.pk)
        keys = [link.topic.translation_key for link in self.topic_links.all()]
        if not keys:
            return None, siblings
        return siblings.filter(articlepage__topic_links__topic__translation_key__in=keys), siblings

    @staticmethod
    def newest_articles(pages: QuerySet, count: int) -> QuerySet:
        articles = newest_first(ArticlePage.objects.defer_streamfields(), pages)
        return prefetch_when_rendered(with_listing_images(articles))[:count]

    def get_context(self, request, *args, **kwargs):
        # The head, the topic links and the related articles all read the topics: fetch once.
        prefetch_related_objects([self], "topic_links__topic")
        context = super().get_context(request, *args, **kwargs)
        context["topics_by_key"] = topics_by_translation_key()
        return context

    def structured_data(self, meta, request) -> dict:
        """JSON-LD for the page head: news, readouts and statements are news articles."""
        return news_article(self, meta, request)

    def clean(self):
        super().clean()
        # The news index answers feed/ itself: an article at that address could never be reached.
        if self.slug == "feed":
            message = _("“feed” is the news feed’s address: choose another.")
            raise ValidationError({"slug": message})


class NewsPage(ArticlePage):
    """A news story."""

    is_creatable = True

    class Meta:
        verbose_name = _("news")


class ReadoutPage(ArticlePage):
    """The readout of a meeting, a joint statement or a communiqué."""

    class DocumentType(models.TextChoices):
        READOUT = "readout", _("Readout")
        STATEMENT = "statement", _("Joint statement")
        COMMUNIQUE = "communique", _("Communiqué")

    class MeetingFormat(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        VIRTUAL = "virtual", _("Virtual")
        HYBRID = "hybrid", _("Hybrid")

    document_type = models.CharField(
        max_length=20, choices=DocumentType.choices, default=DocumentType.READOUT
    )
    meeting_name = models.CharField(
        max_length=200, blank=True, help_text=_("e.g. Small Group of political directors")
    )
    meeting_date = models.DateField(null=True, blank=True)
    meeting_format = models.CharField(
        max_length=20, choices=MeetingFormat.choices, default=MeetingFormat.IN_PERSON
    )
    place = models.CharField(
        max_length=120, blank=True, help_text=_("City and country; leave empty if virtual.")
    )
    chairs = models.CharField(
        max_length=300, blank=True, help_text=_("Who chaired, e.g. the envoys of Italy and the US.")
    )
    issuing_governments = models.TextField(
        blank=True, help_text=_("One government or organisation per line.")
    )
    official_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The official PDF, if there is one."),
    )

    content_panels = [
        *ArticlePage.content_panels[:3],
        MultiFieldPanel(
            [
                FieldPanel("document_type"),
                FieldPanel("meeting_name"),
                FieldPanel("meeting_date"),
                FieldPanel("meeting_format"),
                FieldPanel("place"),
                FieldPanel("chairs"),
                FieldPanel("issuing_governments"),
                FieldPanel("official_document"),
            ],
            heading=_("Meeting and provenance"),
        ),
        *ArticlePage.content_panels[3:],
    ]
    search_fields = [
        *ArticlePage.search_fields,
        index.SearchField("meeting_name"),
        index.SearchField("chairs"),
        index.SearchField("issuing_governments"),
    ]
    is_creatable = True

    class Meta:
        verbose_name = _("readout or statement")

    @classmethod
    def label_of(cls, article: ArticlePage) -> str:
        """Readouts are listed by their document type (annotated on listings' plain pages)."""
        document_type = getattr(article, "document_type", None)
        return cls.DocumentType(document_type).label if document_type else super().label_of(article)

    def clean(self):
        super().clean()
        if (
            self.meeting_format == self.MeetingFormat.IN_PERSON
            and self.meeting_name
            and not self.place
        ):
            raise ValidationError({"place": _("Say where an in-person meeting took place.")})

    @cached_property
    def issuers(self) -> list[str]:
        return [line.strip() for line in self.issuing_governments.splitlines() if line.strip()]

    @property
    def dateline_place(self) -> str:
        """Where the dateline says the text comes from: the place, or that the meeting was
        virtual; empty when neither is known."""
        if self.place:
            return self.place
        if self.meeting_format == self.MeetingFormat.VIRTUAL:
            return gettext("Virtual meeting")
        return ""


class VideoFeaturePage(ArticlePage):
    """A video with its speaker and a transcript."""

    video = StreamField([("video", VideoBlock())], min_num=1, max_num=1)
    speaker_name = models.CharField(max_length=120, blank=True)
    speaker_role = models.CharField(max_length=200, blank=True)

    content_panels = [
        *ArticlePage.content_panels[:3],
        FieldPanel("video"),
        MultiFieldPanel([FieldPanel("speaker_name"), FieldPanel("speaker_role")], _("Speaker")),
        *ArticlePage.content_panels[3:],
    ]
    search_fields = [
        *ArticlePage.search_fields,
        index.SearchField("speaker_name"),
        index.SearchField("speaker_role"),
        index.SearchField("video"),
    ]
    is_creatable = True

    class Meta:
        verbose_name = _("video feature")

    @property
    def video_value(self):
        return self.video[0].value if self.video else None

    def structured_data(self, meta, request) -> dict:
        return video_object(self, meta, request)


class DigestPage(ArticlePage):
    """The weekly digest: outside reporting on the Coalition, each item summed up in our words
    and linked, grouped by topic on the page."""

    items = StreamField(
        [("item", DigestItemBlock())],
        min_num=1,
        verbose_name=_("items"),
        help_text=_("One item per report. Items are grouped by their topic on the page."),
    )

    content_panels = [
        *ArticlePage.content_panels[:-1],
        FieldPanel("items"),
        FieldPanel("body", heading=_("Closing note")),
    ]
    search_fields = [*ArticlePage.search_fields, index.SearchField("items")]
    is_creatable = True

    class Meta:
        verbose_name = _("weekly digest")

    def items_by_topic(self, topics_by_key: dict | None = None) -> list[tuple]:
        """[(topic or None, [item values])], topics in the order they first appear, items
        without a topic last; each topic in the visitor's language."""
        topics_by_key = topics_by_key if topics_by_key is not None else topics_by_translation_key()
        groups: dict = {}
        for block in self.items:
            topic = block.value.get("topic")
            key = topic.translation_key if topic else None
            if key not in groups:
                groups[key] = (topics_by_key.get(key, topic) if topic else None, [])
            groups[key][1].append(block.value)
        return sorted(groups.values(), key=lambda group: group[0] is None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["digest_groups"] = self.items_by_topic(context["topics_by_key"])
        return context


ARTICLE_KINDS = {
    "news": NewsPage,
    "readout": ReadoutPage,
    "video": VideoFeaturePage,
    "digest": DigestPage,
}
