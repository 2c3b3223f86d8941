"""The Coalition's 85 members (demo/content/members.yaml), the members page and two partner
profiles.

States are named in each language from the Unicode CLDR (Babel's territory names) by their ISO
code; the data file names only the organisations and the few states whose CLDR name is a short
form. Members are found again by their English name, so names must stay unique.
"""

from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings

from wagtail.models import Locale

import yaml
from babel import Locale as CLDRLocale

from members.models import Member, MembersPage, PartnerProfilePage

from .render import Refs
from .spec import (
    LANGUAGES,
    ImageRef,
    MemberRef,
    PageSpec,
    T,
    call_to_action,
    image,
    key_figures,
    paragraph,
    quote,
    rich,
    same,
    tweet,
)
from .translate import translate

MEMBERS_FILE = Path(settings.BASE_DIR) / "demo" / "content" / "members.yaml"


@dataclass(frozen=True)
class MemberSpec:
    key: str
    name: T
    region: str
    joined: int | None = None
    code: str = ""
    kind: str = Member.Kind.STATE


def cldr_name(code: str, language: str) -> str:
    return CLDRLocale.parse(language).territories[code]


def member_spec(region: str, entry: dict) -> MemberSpec:
    code = entry.get("code", "")
    kind = entry.get("kind", Member.Kind.STATE)
    names = entry.get("name", {})
    if kind == Member.Kind.STATE:
        names = {
            language: names.get(language) or cldr_name(code, language) for language in LANGUAGES
        }
    return MemberSpec(
        key=entry["key"],
        name=T(*(names[language] for language in LANGUAGES)),
        region=Member.Region(region),
        joined=entry.get("joined"),
        code=code,
        kind=Member.Kind(kind),
    )


@cache
def members() -> tuple[MemberSpec, ...]:
    """Every member in the data file, region by region in the file's order."""
    data = yaml.safe_load(MEMBERS_FILE.read_text(encoding="utf-8"))
    return tuple(
        member_spec(region, entry) for region, entries in data.items() for entry in entries
    )


# The members the demo's articles name (`partners=`).
IRAQ = "iraq"
ITALY = "italy"
UNITED_STATES = "united-states"
FRANCE = "france"
UNITED_KINGDOM = "united-kingdom"
GERMANY = "germany"
UAE = "united-arab-emirates"
JORDAN = "jordan"
EUROPEAN_UNION = "european-union"

PAGE = PageSpec(
    key="members",
    model=MembersPage,
    title=T("Members", "الأعضاء", "Membres"),
    fr_slug="membres",
    fields={
        "show_in_menus": True,
        "summary": T(
            "The states and international organisations of the Global Coalition, by region.",
            "الدول والمنظمات الدولية الأعضاء في التحالف الدولي، حسب المنطقة.",
            "Les États et organisations internationales membres de la Coalition, par région.",
        ),
        "intro": rich(
            T(
                "Members come from every continent. Each contributes in its own way: troops, "
                "trainers, funding for stabilisation, expertise against terrorist financing, or "
                "a voice against propaganda. Here are all 85, on the map and by region.",
                "يأتي الأعضاء من جميع القارات، ويساهم كل منهم بطريقته: قوات أو مدرّبون أو تمويل "
                "لتحقيق الاستقرار أو خبرة في مكافحة تمويل الإرهاب أو صوت في مواجهة الدعاية. "
                "وفيما يلي الأعضاء الخمسة والثمانون على الخريطة وحسب المنطقة.",
                "Les membres viennent de tous les continents. Chacun contribue à sa manière : "
                "troupes, formateurs, financement de la stabilisation, expertise contre le "
                "financement du terrorisme ou voix face à la propagande. Voici les 85, sur la carte et par région.",
            ),
        ),
    },
)

POLICE_PROFILE = PageSpec(
    key="members/iraq-federal-police",
    model=PartnerProfilePage,
    title=T(
        "Partner profile: Iraq's Federal Police",
        "لمحة عن شريك: الشرطة الاتحادية العراقية",
        "Portrait de partenaire : la police fédérale irakienne",
    ),
    fr_slug="portrait-police-federale",
    fields={
        "partner": MemberRef(IRAQ),
        "summary": T(
            "As the army steps back from the cities, the Federal Police keep liberated areas "
            "safe. Coalition partners help train them.",
            "مع انسحاب الجيش من المدن، تتولى الشرطة الاتحادية حفظ الأمن في المناطق المحررة، "
            "ويساعد شركاء التحالف في تدريبها.",
            "À mesure que l'armée se retire des villes, la police fédérale assure la sécurité "
            "des zones libérées. Les partenaires de la Coalition contribuent à sa formation.",
        ),
        "listing_image": ImageRef("page-police"),
        "figures": [
            key_figures(
                T("Training in numbers", "التدريب بالأرقام", "La formation en chiffres"),
                (same("2015"), T("training began", "بداية التدريب", "début de la formation")),
                (
                    same("40,000+"),
                    T("officers trained", "ضابط ومنتسب تلقّوا التدريب", "policiers formés"),
                ),
                (same("14"), T("partner countries", "دولة شريكة", "pays partenaires")),
            ),
        ],
        "quote": [
            quote(
                T(
                    "People open their doors to us now. A few years ago they were afraid of any "
                    "uniform. That change is our real result.",
                    "يفتح الناس أبوابهم لنا الآن، وقبل سنوات قليلة كانوا يخافون من أي زي رسمي. "
                    "هذا التغيير هو نتيجتنا الحقيقية.",
                    "Les gens nous ouvrent leur porte aujourd'hui. Il y a quelques années, "
                    "n'importe quel uniforme leur faisait peur. Ce changement, c'est notre vrai "
                    "résultat.",
                ),
                T("Colonel Hassan Jabbar", "العقيد حسن جبّار", "Colonel Hassan Jabbar"),
                T("Federal Police, Nineveh", "الشرطة الاتحادية، نينوى", "Police fédérale, Ninive"),
            ),
        ],
        "body": [
            paragraph(
                T(
                    "Holding liberated ground is police work: patrolling streets, investigating "
                    "crimes, earning the trust of residents. Since 2015, partners have trained "
                    "officers of the Federal Police in these skills, from forensics to "
                    "community policing.",
                    "الحفاظ على الأراضي المحررة عمل شرطي: تسيير الدوريات في الشوارع، والتحقيق في "
                    "الجرائم، وكسب ثقة السكان. ومنذ عام 2015، درّب الشركاء ضباط الشرطة الاتحادية "
                    "على هذه المهارات، من الأدلة الجنائية إلى الشرطة المجتمعية.",
                    "Tenir le terrain libéré, c'est un travail de police : patrouiller, enquêter, "
                    "gagner la confiance des habitants. Depuis 2015, les partenaires forment des "
                    "officiers de la police fédérale à ces compétences, de la police scientifique "
                    "à la police de proximité.",
                ),
            ),
            image(
                "body-police-training",
                T(
                    "Abstract illustration: grey and gold rings, like a target on a training "
                    "range.",
                    "رسم تجريدي: حلقات رمادية وذهبية تشبه هدفاً في ميدان تدريب.",
                    "Illustration abstraite : des anneaux gris et dorés, comme une cible sur un "
                    "terrain d'entraînement.",
                ),
            ),
            tweet("west-mosul-water"),
            call_to_action(
                T("Military campaign", "الحملة العسكرية", "Campagne militaire"),
                T("Read the latest news", "اقرأ آخر الأخبار", "Lire les dernières actualités"),
                page="news/training-partner-forces",
            ),
        ],
    },
)

ITALY_PROFILE = PageSpec(
    key="members/italy",
    model=PartnerProfilePage,
    title=T("Partner profile: Italy", "لمحة عن شريك: إيطاليا", "Portrait de partenaire : l'Italie"),
    fr_slug="italie",
    fields={
        "partner": MemberRef(ITALY),
        "summary": T(
            "A founding member, Italy co-chairs the Coalition's work against Daesh's finances "
            "and its focus on Africa, and trains police in Iraq.",
            "إيطاليا عضو مؤسس، تشارك في رئاسة عمل التحالف لمكافحة تمويل داعش وفريقه المعني "
            "بأفريقيا، وتدرّب الشرطة في العراق.",
            "Membre fondateur, l'Italie copréside les travaux de la Coalition contre le "
            "financement de Daech et son groupe consacré à l'Afrique, et forme des policiers "
            "en Irak.",
        ),
        "listing_image": ImageRef("page-italy"),
        "figures": [
            key_figures(
                T("Italy in the Coalition", "إيطاليا في التحالف", "L'Italie dans la Coalition"),
                (same("2014"), T("joined the Coalition", "الانضمام إلى التحالف", "adhésion")),
                (
                    same("2"),
                    T(
                        "groups it co-chairs: finance and Africa",
                        "مجموعتان تشارك في رئاستهما: التمويل وأفريقيا",
                        "groupes coprésidés : financement et Afrique",
                    ),
                ),
                (
                    T("Rome", "روما", "Rome"),
                    T(
                        "host of the 2026 ministerial meeting",
                        "مستضيفة الاجتماع الوزاري لعام 2026",
                        "ville hôte de la réunion ministérielle de 2026",
                    ),
                ),
            ),
        ],
        "quote": [
            quote(
                T(
                    "Money is what keeps Daesh's cells alive. Every transfer we trace and stop "
                    "is an attack that never happens.",
                    "المال هو ما يبقي خلايا داعش على قيد الحياة. وكل تحويل نتتبّعه ونوقفه هو "
                    "هجوم لن يقع أبداً.",
                    "C'est l'argent qui maintient les cellules de Daech en vie. Chaque transfert "
                    "que nous retraçons et bloquons est un attentat qui n'aura jamais lieu.",
                ),
                T("Elena Ferraro", "إيلينا فيرارو", "Elena Ferraro"),
                T(
                    "Special Envoy of Italy to the Coalition",
                    "المبعوثة الخاصة لإيطاليا لدى التحالف",
                    "Envoyée spéciale de l'Italie auprès de la Coalition",
                ),
            ),
        ],
        "body": [
            paragraph(
                T(
                    "Italy has been part of the Coalition since the start. With Saudi Arabia "
                    "and the United States it leads the group that works to cut Daesh off from "
                    "money, and it helps lead the Coalition's attention to Africa, where the "
                    "group's affiliates have grown.",
                    "إيطاليا جزء من التحالف منذ بدايته. وهي تقود، مع المملكة العربية السعودية "
                    "والولايات المتحدة، المجموعة التي تعمل على قطع مصادر تمويل داعش، كما تساهم "
                    "في قيادة اهتمام التحالف بأفريقيا، حيث توسّعت فروع التنظيم.",
                    "L'Italie fait partie de la Coalition depuis le début. Avec l'Arabie "
                    "saoudite et les États-Unis, elle dirige le groupe chargé de couper Daech de "
                    "ses ressources financières, et elle contribue à orienter l'action de la "
                    "Coalition vers l'Afrique, où les branches du groupe se sont développées.",
                ),
                T(
                    "In Iraq, Italian trainers have worked for years with the police, passing on "
                    "the skills that keep liberated towns safe once the fighting is over.",
                    "وفي العراق، عمل مدرّبون إيطاليون لسنوات مع الشرطة، ونقلوا إليها المهارات "
                    "التي تحفظ أمن المدن المحررة بعد انتهاء القتال.",
                    "En Irak, des formateurs italiens travaillent depuis des années avec la "
                    "police et transmettent les savoir-faire qui assurent la sécurité des villes "
                    "libérées une fois les combats terminés.",
                ),
            ),
            call_to_action(
                T("The Rome ministerial", "الاجتماع الوزاري في روما", "La réunion de Rome"),
                T(
                    "Read the joint statement",
                    "اقرأ البيان المشترك",
                    "Lire la déclaration conjointe",
                ),
                page="news/joint-statement-rome-ministerial",
            ),
        ],
    },
)

PROFILES = [POLICE_PROFILE, ITALY_PROFILE]


# --- Loading -----------------------------------------------------------------------------------


def ensure_members(refs: Refs, stats: Counter) -> None:
    """The English members, created or brought up to date, found again by their English name."""
    english = Locale.get_default()
    for spec in members():
        values = {
            "kind": spec.kind,
            "region": spec.region,
            "year_joined": spec.joined,
            "iso_code": spec.code,
        }
        member = Member.objects.filter(name=spec.name.en, locale=english).first()
        if member is None:
            member = Member.objects.create(name=spec.name.en, locale=english, **values)
            stats["members created"] += 1
        elif any(getattr(member, name) != value for name, value in values.items()):
            Member.objects.filter(pk=member.pk).update(**values)
            member.refresh_from_db()
            stats["members updated"] += 1
        refs.members[spec.key] = member


def translate_members(refs: Refs, stats: Counter, locales: list[Locale]) -> None:
    for spec in members():
        for locale in locales:
            variant = Member(name=spec.name.get(locale.language_code))
            stats["member translations written"] += translate(
                refs.members[spec.key], locale, variant
            )
