"""The Coalition's five lines of effort, which classify articles and campaigns."""

from dataclasses import dataclass

from .spec import T


@dataclass(frozen=True)
class TopicSpec:
    slug: str  # the same in every language, so the news filter's address works everywhere
    name: T
    description: T


MILITARY = "military-campaign"
FINANCING = "countering-financing"
FIGHTERS = "foreign-terrorist-fighters"
STABILISATION = "stabilisation"
PROPAGANDA = "countering-propaganda"

TOPICS = [
    TopicSpec(
        MILITARY,
        T("Military campaign", "الحملة العسكرية", "Campagne militaire"),
        T(
            "Supporting partner forces in Iraq and Syria as they defeat Daesh on the ground and "
            "keep it from returning.",
            "دعم القوات الشريكة في العراق وسوريا لهزيمة داعش على الأرض ومنع عودته.",
            "Soutenir les forces partenaires en Irak et en Syrie pour vaincre Daech sur le "
            "terrain et empêcher son retour.",
        ),
    ),
    TopicSpec(
        FINANCING,
        T("Countering financing", "مكافحة التمويل", "Lutte contre le financement"),
        T(
            "Cutting Daesh off from money: tracing transfers, sanctioning facilitators and "
            "closing the gaps it exploits.",
            "قطع مصادر تمويل داعش: تتبّع التحويلات، وفرض العقوبات على الميسّرين، وسدّ الثغرات "
            "التي يستغلها.",
            "Couper Daech de ses ressources : retracer les transferts, sanctionner les "
            "facilitateurs et combler les failles qu'il exploite.",
        ),
    ),
    TopicSpec(
        FIGHTERS,
        T(
            "Foreign terrorist fighters",
            "المقاتلون الإرهابيون الأجانب",
            "Combattants terroristes étrangers",
        ),
        T(
            "Stopping fighters from travelling, sharing information at borders and dealing "
            "with those who return.",
            "منع المقاتلين من السفر، وتبادل المعلومات على الحدود، والتعامل مع العائدين منهم.",
            "Empêcher les combattants de voyager, partager l'information aux frontières et "
            "traiter le cas de ceux qui reviennent.",
        ),
    ),
    TopicSpec(
        STABILISATION,
        T("Stabilisation", "تحقيق الاستقرار", "Stabilisation"),
        T(
            "Helping liberated communities recover: clearing explosives, restoring water, power, "
            "schools and clinics, and supporting the return of families.",
            "مساعدة المجتمعات المحررة على التعافي: إزالة المتفجرات، وإعادة المياه والكهرباء "
            "والمدارس والعيادات، ودعم عودة العائلات.",
            "Aider les communautés libérées à se relever : déminer, rétablir l'eau, "
            "l'électricité, les écoles et les dispensaires, et accompagner le retour des "
            "familles.",
        ),
    ),
    TopicSpec(
        PROPAGANDA,
        T("Countering propaganda", "مكافحة الدعاية", "Lutte contre la propagande"),
        T(
            "Exposing Daesh's lies online and offline and amplifying the voices that answer them.",
            "فضح أكاذيب داعش على الإنترنت وخارجه، وإعلاء الأصوات التي تردّ عليها.",
            "Dénoncer les mensonges de Daech en ligne et hors ligne, et amplifier les voix qui "
            "leur répondent.",
        ),
    ),
]
