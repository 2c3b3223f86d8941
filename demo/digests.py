"""Two weekly digests of outside reporting. The outlets, their headlines and addresses are
invented for the demo; every summary is ours."""

from news.models import DigestPage

from .articles import article
from .membership import IRAQ, ITALY
from .spec import T, TopicRef, paragraph
from .topics import FIGHTERS, FINANCING, MILITARY, PROPAGANDA, STABILISATION


def report(
    headline: T, outlet: str, date: str, summary: T, url: str, topic: str | None = None
) -> tuple:
    """One digest item; the outlet's name is written the same way in every language."""
    return (
        "item",
        {
            "headline": headline,
            "outlet": T(outlet, outlet, outlet),
            "date": date,
            "summary": summary,
            "url": url,
            "topic": TopicRef(topic) if topic else None,
        },
    )


CLOSING_NOTE = [
    paragraph(
        T(
            "Each report is summed up in our own words; follow the link to read the original. "
            "The views are the outlets' own.",
            "نلخّص كل تقرير بكلماتنا الخاصة؛ اتبعوا الرابط لقراءة النص الأصلي. والآراء الواردة "
            "فيها تعبّر عن وسائل الإعلام التي نشرتها.",
            "Chaque article est résumé avec nos propres mots ; suivez le lien pour lire "
            "l'original. Les opinions exprimées sont celles des médias concernés.",
        ),
    ),
]

WEEK_TO_13_NOVEMBER = article(
    DigestPage,
    "weekly-digest-2026-11-13",
    "revue-de-presse-2026-11-13",
    T(
        "Weekly digest: the week to 13 November",
        "الموجز الأسبوعي: الأسبوع المنتهي في 13 تشرين الثاني/نوفمبر",
        "Revue de presse : la semaine au 13 novembre",
    ),
    "2026-11-13",
    T(
        "Reporting this week on water in Mosul, cash couriers and returns from the camps.",
        "تقارير هذا الأسبوع عن المياه في الموصل وناقلي الأموال النقدية والعودة من المخيمات.",
        "Cette semaine dans la presse : l'eau à Mossoul, les passeurs d'argent liquide et les "
        "retours depuis les camps.",
    ),
    [STABILISATION, FINANCING],
    "news-digest-13-november",
    CLOSING_NOTE,
    partners=(IRAQ,),
    items=[
        report(
            T(
                "In west Mosul, the taps run again",
                "في غرب الموصل، المياه تعود إلى الصنابير",
                "À l'ouest de Mossoul, l'eau coule de nouveau au robinet",
            ),
            "The Tigris Courier",
            "2026-11-09",
            T(
                "A reporter spends a day with the engineers who keep a rebuilt pumping station "
                "running.",
                "مراسل يقضي يوماً مع المهندسين الذين يشغّلون محطة ضخ أُعيد بناؤها.",
                "Un reporter passe une journée avec les ingénieurs qui font tourner une station "
                "de pompage reconstruite.",
            ),
            "https://example.org/tigris-courier/west-mosul-taps",
            STABILISATION,
        ),
        report(
            T(
                "Schools near Ramadi count their new pupils",
                "مدارس قرب الرمادي تحصي تلاميذها الجدد",
                "Près de Ramadi, les écoles comptent leurs nouveaux élèves",
            ),
            "The Meridian Review",
            "2026-11-10",
            T(
                "Head teachers describe classes doubling in size as families return home.",
                "مديرو المدارس يصفون تضاعف أعداد الصفوف مع عودة العائلات إلى منازلها.",
                "Des directeurs d'école racontent des classes dont l'effectif double avec le "
                "retour des familles.",
            ),
            "https://example.com/meridian/ramadi-schools",
            STABILISATION,
        ),
        report(
            T(
                "How investigators follow cash that never touches a bank",
                "كيف يتتبّع المحققون أموالاً نقدية لا تمرّ عبر أي مصرف",
                "Comment les enquêteurs suivent un argent liquide qui ne passe jamais par une "
                "banque",
            ),
            "Le Courrier des Deux Rives",
            "2026-11-11",
            T(
                "A long read on the couriers who carry money across borders, and the customs "
                "officers who stop them.",
                "تحقيق مطوّل عن الناقلين الذين يحملون الأموال عبر الحدود، وعن موظفي الجمارك "
                "الذين يوقفونهم.",
                "Une longue enquête sur les passeurs qui transportent de l'argent d'un pays à "
                "l'autre, et sur les douaniers qui les arrêtent.",
            ),
            "https://example.net/deux-rives/argent-liquide",
            FINANCING,
        ),
        report(
            T(
                "Coming home from the camps: a family's first month",
                "العودة من المخيمات: الشهر الأول لعائلة",
                "Retour des camps : le premier mois d'une famille",
            ),
            "Northgate Radio",
            "2026-11-12",
            T(
                "A radio documentary follows a mother and three children as they settle back "
                "into their village.",
                "فيلم وثائقي إذاعي يرافق أماً وأطفالها الثلاثة وهم يستقرون من جديد في قريتهم.",
                "Un documentaire radio suit une mère et ses trois enfants qui se réinstallent "
                "dans leur village.",
            ),
            "https://example.org/northgate/first-month-home",
            FIGHTERS,
        ),
    ],
)

WEEK_TO_20_NOVEMBER = article(
    DigestPage,
    "weekly-digest-2026-11-20",
    "revue-de-presse-2026-11-20",
    T(
        "Weekly digest: the week to 20 November",
        "الموجز الأسبوعي: الأسبوع المنتهي في 20 تشرين الثاني/نوفمبر",
        "Revue de presse : la semaine au 20 novembre",
    ),
    "2026-11-20",
    T(
        "Reporting this week on the Rome statement, online propaganda and training in Iraq.",
        "تقارير هذا الأسبوع عن بيان روما والدعاية على الإنترنت والتدريب في العراق.",
        "Cette semaine dans la presse : la déclaration de Rome, la propagande en ligne et la "
        "formation en Irak.",
    ),
    [PROPAGANDA, MILITARY],
    "news-digest-20-november",
    CLOSING_NOTE,
    partners=(ITALY, IRAQ),
    items=[
        report(
            T(
                "After Rome, ministers promise to stay the course",
                "بعد روما، الوزراء يتعهدون بمواصلة المسار",
                "Après Rome, les ministres promettent de tenir le cap",
            ),
            "The Harbour Gazette",
            "2026-11-16",
            T(
                "An analysis of what the joint statement commits members to, and what it "
                "leaves open.",
                "تحليل لما يُلزم به البيان المشترك الأعضاء، وما يتركه مفتوحاً.",
                "Une analyse de ce à quoi la déclaration conjointe engage les membres, et de ce "
                "qu'elle laisse ouvert.",
            ),
            "https://example.com/harbour-gazette/after-rome",
        ),
        report(
            T(
                "The video makers answering extremists in their own words",
                "صنّاع الفيديو الذين يردّون على المتطرفين بكلماتهم الخاصة",
                "Ces vidéastes qui répondent aux extrémistes avec leurs propres mots",
            ),
            "The Meridian Review",
            "2026-11-17",
            T(
                "Profiles of three young creators whose short films reach more viewers than "
                "the propaganda they answer.",
                "لمحة عن ثلاثة صنّاع شباب تصل أفلامهم القصيرة إلى مشاهدين أكثر من الدعاية التي "
                "يردّون عليها.",
                "Portraits de trois jeunes créateurs dont les courts métrages touchent plus de "
                "spectateurs que la propagande à laquelle ils répondent.",
            ),
            "https://example.com/meridian/video-makers",
            PROPAGANDA,
        ),
        report(
            T(
                "Platforms say takedowns of extremist posts are getting faster",
                "المنصات تقول إن حذف المنشورات المتطرفة أصبح أسرع",
                "Les plateformes affirment retirer plus vite les contenus extrémistes",
            ),
            "Dunes & Delta Weekly",
            "2026-11-18",
            T(
                "Figures from several companies, and researchers who ask what is still being "
                "missed.",
                "أرقام من عدة شركات، وباحثون يتساءلون عمّا لا يزال يفلت من الرقابة.",
                "Des chiffres de plusieurs entreprises, et des chercheurs qui se demandent ce "
                "qui passe encore entre les mailles.",
            ),
            "https://example.org/dunes-delta/faster-takedowns",
            PROPAGANDA,
        ),
        report(
            T(
                "On the range with Iraq's newest police officers",
                "في ميدان التدريب مع أحدث ضباط الشرطة العراقية",
                "Sur le terrain d'entraînement avec les nouveaux policiers irakiens",
            ),
            "The Tigris Courier",
            "2026-11-19",
            T(
                "A photo essay from the last week of a training course run with Coalition "
                "instructors.",
                "تحقيق مصوّر من الأسبوع الأخير لدورة تدريبية نُظّمت مع مدرّبين من التحالف.",
                "Un reportage photo sur la dernière semaine d'une formation menée avec des "
                "instructeurs de la Coalition.",
            ),
            "https://example.org/tigris-courier/newest-officers",
            MILITARY,
        ),
    ],
)

PAGES = [WEEK_TO_13_NOVEMBER, WEEK_TO_20_NOVEMBER]
