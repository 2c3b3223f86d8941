"""Posts from partner accounts on X, as the home page and articles quote them.

The accounts and posts are invented for the demo. A post's text is a quotation and stays exactly
as written in every language; `rendering` is what a reader of each site language is shown beside
it (the same text where the post is already in that language).
"""

from datetime import UTC, datetime

from .spec import Post, T


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


_TWELVE_YEARS = (
    "85 partners, one mission. Twelve years after the Coalition was formed, we stand united "
    "against Daesh 🇮🇶🇺🇸🇮🇹🇫🇷🇬🇧🇩🇪🇯🇴 #DefeatDaesh #StrongerTogether"
)
_WATER = (
    "بحثنا اليوم مع @CoalitionNews خطط إعادة تأهيل محطات المياه في غرب الموصل 🇮🇶💧 شكراً "
    "لكل الشركاء على دعمهم المتواصل #DefeatDaesh #StrongerTogether"
)
_FRANCE = (
    "La France 🇫🇷 reste pleinement engagée aux côtés de l'Irak 🇮🇶 et de ses partenaires. "
    "Échanges productifs aujourd'hui avec @CoalitionNews sur la stabilisation des zones "
    "libérées. #DefeatDaesh #StrongerTogether"
)
_SMALL_GROUP = (
    "Proud to co-chair today's virtual Small Group meeting with our US partners 🇮🇹🇺🇸. "
    "Political directors agreed to keep supporting stabilisation in liberated areas. "
    "#DefeatDaesh @CoalitionNews"
)
_SCHOOLS = (
    "عادت أربعون مدرسة في الأنبار لاستقبال التلاميذ هذا الأسبوع 📚🇮🇶 التعليم هو أقوى ردّ على "
    "التطرف #هذا_الجيل_يتعلم #DefeatDaesh"
)
_EU_POWER = (
    "Nouvelle contribution de l'Union européenne 🇪🇺 pour rétablir l'électricité dans les "
    "hôpitaux de Salah ad-Din 🇮🇶. Ensemble, nous sommes plus forts ! #StrongerTogether "
    "#DefeatDaesh @CoalitionNews"
)
_EPISODE = (
    "Episode 3 of #DenyDaeshCash is out ⏱️ How money can move without banks, and how partners "
    "are closing the gaps. One minute, watch and share. #DefeatDaesh"
)
_DEMINING = (
    "Demining teams have cleared another 120 hectares of farmland near Sinjar 🇩🇪🇮🇶 Families "
    "can plant again this season. #StrongerTogether #DefeatDaesh @CoalitionNews"
)

POSTS = {
    "twelve-years": Post(
        handle="CoalitionNews",
        status_id="1833701234567890123",
        author_name="Global Coalition",
        text=_TWELVE_YEARS,
        language="en",
        rendering=T(
            _TWELVE_YEARS,
            "85 شريكاً ومهمة واحدة. بعد اثني عشر عاماً على تأسيس التحالف، نقف متحدين في وجه "
            "داعش 🇮🇶🇺🇸🇮🇹🇫🇷🇬🇧🇩🇪🇯🇴 #DefeatDaesh #StrongerTogether",
            "85 partenaires, une seule mission. Douze ans après la création de la Coalition, "
            "nous restons unis face à Daech 🇮🇶🇺🇸🇮🇹🇫🇷🇬🇧🇩🇪🇯🇴 #DefeatDaesh #StrongerTogether",
        ),
        posted_at=at(9, 10, 9, 30),
    ),
    "west-mosul-water": Post(
        handle="BaghdadPartners",
        status_id="1856402938475610244",
        author_name="مكتب الشراكة – بغداد",
        text=_WATER,
        language="ar",
        rendering=T(
            "Today we discussed with @CoalitionNews plans to rehabilitate water stations in "
            "west Mosul 🇮🇶💧 Thank you to all our partners for their continued support "
            "#DefeatDaesh #StrongerTogether",
            _WATER,
            "Nous avons discuté aujourd'hui avec @CoalitionNews des projets de réhabilitation "
            "des stations d'eau de l'ouest de Mossoul 🇮🇶💧 Merci à tous nos partenaires pour "
            "leur soutien constant #DefeatDaesh #StrongerTogether",
        ),
        posted_at=at(11, 11, 14, 5),
    ),
    "france-stabilisation": Post(
        handle="FR_Coalition",
        status_id="1852290011223344556",
        author_name="France – Coalition",
        text=_FRANCE,
        language="fr",
        rendering=T(
            "France 🇫🇷 remains fully committed alongside Iraq 🇮🇶 and its partners. Productive "
            "talks today with @CoalitionNews on stabilising liberated areas. #DefeatDaesh "
            "#StrongerTogether",
            "تبقى فرنسا 🇫🇷 ملتزمة التزاماً كاملاً إلى جانب العراق 🇮🇶 وشركائه. محادثات مثمرة "
            "اليوم مع @CoalitionNews حول تحقيق الاستقرار في المناطق المحررة. #DefeatDaesh "
            "#StrongerTogether",
            _FRANCE,
        ),
        posted_at=at(10, 30, 16, 45),
    ),
    "small-group": Post(
        handle="ItalyCoalition",
        status_id="1846120987654321098",
        author_name="Italy in the Coalition",
        text=_SMALL_GROUP,
        language="en",
        rendering=T(
            _SMALL_GROUP,
            "فخورون بالمشاركة في رئاسة اجتماع المجموعة المصغّرة الافتراضي اليوم مع شركائنا "
            "الأمريكيين 🇮🇹🇺🇸. اتفق المديرون السياسيون على مواصلة دعم الاستقرار في المناطق "
            "المحررة. #DefeatDaesh @CoalitionNews",
            "Fiers de coprésider aujourd'hui la réunion virtuelle du Small Group avec nos "
            "partenaires américains 🇮🇹🇺🇸. Les directeurs politiques sont convenus de continuer "
            "à soutenir la stabilisation des zones libérées. #DefeatDaesh @CoalitionNews",
        ),
        posted_at=at(10, 14, 17, 20),
    ),
    "anbar-schools": Post(
        handle="StabiliseIraq",
        status_id="1848733301928374650",
        author_name="صندوق دعم الاستقرار",
        text=_SCHOOLS,
        language="ar",
        rendering=T(
            "Forty schools in Anbar welcomed pupils back this week 📚🇮🇶 Education is the "
            "strongest answer to extremism #هذا_الجيل_يتعلم #DefeatDaesh",
            _SCHOOLS,
            "Quarante écoles de la province d'Anbar ont rouvert leurs portes aux élèves cette "
            "semaine 📚🇮🇶 L'éducation est la meilleure réponse à l'extrémisme "
            "#هذا_الجيل_يتعلم #DefeatDaesh",
        ),
        posted_at=at(10, 19, 8, 15),
        image="post-anbar-schools",
        image_alt=T(
            "Abstract illustration in warm yellows: rows of rounded squares like a classroom "
            "seen from above.",
            "رسم تجريدي بألوان صفراء دافئة: صفوف من المربعات المستديرة الزوايا تشبه صفاً "
            "مدرسياً يُرى من الأعلى.",
            "Illustration abstraite aux jaunes chauds : des rangées de carrés arrondis, comme "
            "une salle de classe vue du dessus.",
        ),
    ),
    "eu-power": Post(
        handle="EU_Stabilise",
        status_id="1803456789012345678",
        author_name="Équipe UE Stabilisation",
        text=_EU_POWER,
        language="fr",
        rendering=T(
            "A new European Union contribution 🇪🇺 to restore electricity to hospitals in "
            "Salah al-Din 🇮🇶. Together, we are stronger! #StrongerTogether #DefeatDaesh "
            "@CoalitionNews",
            "مساهمة جديدة من الاتحاد الأوروبي 🇪🇺 لإعادة الكهرباء إلى مستشفيات صلاح الدين 🇮🇶. "
            "معاً نحن أقوى! #StrongerTogether #DefeatDaesh @CoalitionNews",
            _EU_POWER,
        ),
        posted_at=at(6, 18, 11, 0),
    ),
    "deny-daesh-cash-episode": Post(
        handle="CoalitionNews",
        status_id="1851566778899001122",
        author_name="Global Coalition",
        text=_EPISODE,
        language="en",
        rendering=T(
            _EPISODE,
            "الحلقة الثالثة من #DenyDaeshCash متاحة الآن ⏱️ كيف يمكن للأموال أن تنتقل دون "
            "مصارف، وكيف يسدّ الشركاء الثغرات. دقيقة واحدة، شاهدوها وشاركوها. #DefeatDaesh",
            "L'épisode 3 de #DenyDaeshCash est en ligne ⏱️ Comment l'argent peut circuler sans "
            "banques, et comment les partenaires comblent les failles. Une minute : regardez et "
            "partagez. #DefeatDaesh",
        ),
        posted_at=at(10, 30, 12, 0),
        image="post-deny-daesh-cash",
        image_alt=T(
            "Abstract illustration: bright diagonal bands crossing a deep blue background.",
            "رسم تجريدي: أشرطة قطرية زاهية تعبر خلفية زرقاء داكنة.",
            "Illustration abstraite : des bandes diagonales vives traversent un fond bleu profond.",
        ),
    ),
    "sinjar-demining": Post(
        handle="DE_Coalition",
        status_id="1842098765432109876",
        author_name="Germany in the Coalition",
        text=_DEMINING,
        language="en",
        rendering=T(
            _DEMINING,
            "أزالت فرق إزالة الألغام المتفجرات من 120 هكتاراً إضافياً من الأراضي الزراعية قرب "
            "سنجار 🇩🇪🇮🇶 بإمكان العائلات أن تزرع من جديد هذا الموسم. #StrongerTogether "
            "#DefeatDaesh @CoalitionNews",
            "Les équipes de déminage ont dépollué 120 hectares de terres agricoles "
            "supplémentaires près de Sinjar 🇩🇪🇮🇶 Les familles peuvent de nouveau semer cette "
            "saison. #StrongerTogether #DefeatDaesh @CoalitionNews",
        ),
        posted_at=at(10, 5, 15, 40),
    ),
}

# The strip on the home page, newest first.
HOME_POSTS = [
    "west-mosul-water",
    "france-stabilisation",
    "deny-daesh-cash-episode",
    "small-group",
    "anbar-schools",
    "twelve-years",
    "eu-power",
]
