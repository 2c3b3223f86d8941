"""Readouts of meetings, a joint statement and a communiqué, with their provenance."""

import datetime

from news.models import ReadoutPage

from .articles import RELATED, article
from .membership import (
    EUROPEAN_UNION,
    FRANCE,
    GERMANY,
    IRAQ,
    ITALY,
    UAE,
    UNITED_KINGDOM,
    UNITED_STATES,
)
from .spec import (
    DocumentRef,
    T,
    bullets,
    document,
    key_figures,
    paragraph,
    quote,
    related,
    same,
    tweet,
)
from .topics import FIGHTERS, FINANCING, MILITARY, STABILISATION

SMALL_GROUP = article(
    ReadoutPage,
    "small-group-virtual-meeting",
    "reunion-virtuelle-du-small-group",
    T(
        "Readout: virtual meeting of the Small Group of political directors",
        "محضر: الاجتماع الافتراضي للمجموعة المصغّرة للمديرين السياسيين",
        "Compte rendu : réunion virtuelle du Small Group des directeurs politiques",
    ),
    "2026-10-15",
    T(
        "Political directors reviewed the campaign against Daesh in Iraq and Syria and agreed "
        "priorities for stabilisation in the months ahead.",
        "استعرض المديرون السياسيون الحملة ضد داعش في العراق وسوريا، واتفقوا على أولويات تحقيق "
        "الاستقرار في الأشهر المقبلة.",
        "Les directeurs politiques ont fait le point sur la campagne contre Daech en Irak et en "
        "Syrie et arrêté les priorités de stabilisation pour les mois à venir.",
    ),
    [MILITARY, STABILISATION],
    "readout-small-group",
    [
        paragraph(
            T(
                "The Small Group of the Global Coalition against Daesh met virtually on 14 "
                "October 2026. The meeting was co-chaired by Special Envoy Elena Ferraro of "
                "Italy and Special Envoy Daniel Brooks of the United States.",
                "عقدت المجموعة المصغّرة للتحالف الدولي ضد داعش اجتماعاً افتراضياً في 14 تشرين "
                "الأول/أكتوبر 2026، برئاسة مشتركة للمبعوثة الخاصة الإيطالية إيلينا فيرارو والمبعوث "
                "الخاص الأمريكي دانيال بروكس.",
                "Le Small Group de la Coalition internationale contre Daech s'est réuni en "
                "visioconférence le 14 octobre 2026, sous la coprésidence de l'envoyée spéciale "
                "italienne Elena Ferraro et de l'envoyé spécial américain Daniel Brooks.",
            ),
            T(
                "Participants discussed:",
                "ناقش المشاركون ما يلي:",
                "Les participants ont abordé :",
            ),
            bullets(
                T(
                    "the remaining threat from Daesh cells in Iraq and Syria;",
                    "التهديد المتبقي من خلايا داعش في العراق وسوريا؛",
                    "la menace que représentent encore les cellules de Daech en Irak et en Syrie ;",
                ),
                T(
                    "funding for stabilisation projects in liberated areas;",
                    "تمويل مشاريع تحقيق الاستقرار في المناطق المحررة؛",
                    "le financement des projets de stabilisation dans les zones libérées ;",
                ),
                T(
                    "the return of nationals from camps in north-east Syria;",
                    "إعادة المواطنين من المخيمات في شمال شرق سوريا؛",
                    "le retour des ressortissants des camps du nord-est de la Syrie ;",
                ),
                T(
                    "Daesh affiliates in Africa and how to share lessons learned.",
                    "فروع داعش في أفريقيا وكيفية تبادل الدروس المستفادة.",
                    "les branches de Daech en Afrique et le partage des enseignements tirés.",
                ),
            ),
        ),
        tweet("small-group"),
        related(RELATED, "news/repatriation-from-camps", "news/water-returns-west-mosul"),
    ],
    document_type=ReadoutPage.DocumentType.READOUT,
    meeting_name=T(
        "Small Group of political directors",
        "المجموعة المصغّرة للمديرين السياسيين",
        "Small Group des directeurs politiques",
    ),
    meeting_date=datetime.date(2026, 10, 14),
    meeting_format=ReadoutPage.MeetingFormat.VIRTUAL,
    chairs=T(
        "Special Envoy Elena Ferraro (Italy) and Special Envoy Daniel Brooks (United States)",
        "المبعوثة الخاصة إيلينا فيرارو (إيطاليا) والمبعوث الخاص دانيال بروكس (الولايات المتحدة)",
        "L'envoyée spéciale Elena Ferraro (Italie) et l'envoyé spécial Daniel Brooks (États-Unis)",
    ),
    issuing_governments=T(
        "Italy\nUnited States",
        "إيطاليا\nالولايات المتحدة",
        "Italie\nÉtats-Unis",
    ),
    partners=(ITALY, UNITED_STATES),
)

ROME_STATEMENT = article(
    ReadoutPage,
    "joint-statement-rome-ministerial",
    "declaration-conjointe-de-rome",
    T(
        "Joint statement after the Rome ministerial meeting",
        "بيان مشترك في أعقاب الاجتماع الوزاري في روما",
        "Déclaration conjointe à l'issue de la réunion ministérielle de Rome",
    ),
    "2026-09-16",
    T(
        "Foreign ministers reaffirmed their commitment to the lasting defeat of Daesh and to "
        "the recovery of liberated areas.",
        "جدّد وزراء الخارجية التزامهم بهزيمة داعش هزيمة دائمة وبتعافي المناطق المحررة.",
        "Les ministres des Affaires étrangères ont réaffirmé leur engagement en faveur de la "
        "défaite durable de Daech et du relèvement des zones libérées.",
    ),
    [MILITARY, FINANCING, FIGHTERS],
    "readout-rome-statement",
    [
        paragraph(
            T(
                "We, the foreign ministers of Iraq, Italy, France, the United Kingdom and the "
                "United States, and the High Representative of the European Union, met in Rome "
                "on behalf of the 85 members of the Global Coalition against Daesh.",
                "نحن، وزراء خارجية العراق وإيطاليا وفرنسا والمملكة المتحدة والولايات المتحدة، "
                "والممثل الأعلى للاتحاد الأوروبي، اجتمعنا في روما باسم الأعضاء الخمسة والثمانين "
                "في التحالف الدولي ضد داعش.",
                "Nous, ministres des Affaires étrangères de l'Irak, de l'Italie, de la France, du "
                "Royaume-Uni et des États-Unis, et le Haut représentant de l'Union européenne, "
                "nous sommes réunis à Rome au nom des 85 membres de la Coalition internationale "
                "contre Daech.",
            ),
            T(
                "Daesh no longer holds territory, but it still seeks to regroup. We commit to:",
                "لم يعد داعش يسيطر على أي أرض، لكنه لا يزال يسعى إلى إعادة تنظيم صفوفه. ونلتزم "
                "بما يلي:",
                "Daech ne contrôle plus de territoire, mais il cherche toujours à se "
                "reconstituer. Nous nous engageons à :",
            ),
            bullets(
                T(
                    "support partner forces in Iraq and Syria;",
                    "دعم القوات الشريكة في العراق وسوريا؛",
                    "soutenir les forces partenaires en Irak et en Syrie ;",
                ),
                T(
                    "cut off the group's remaining sources of funding;",
                    "قطع ما تبقى من مصادر تمويل التنظيم؛",
                    "tarir les dernières sources de financement du groupe ;",
                ),
                T(
                    "stop foreign terrorist fighters from travelling;",
                    "منع المقاتلين الإرهابيين الأجانب من السفر؛",
                    "empêcher les combattants terroristes étrangers de voyager ;",
                ),
                T(
                    "sustain stabilisation so that families can return home safely.",
                    "مواصلة جهود تحقيق الاستقرار كي تتمكن العائلات من العودة إلى ديارها بأمان.",
                    "poursuivre la stabilisation pour que les familles puissent rentrer chez "
                    "elles en sécurité.",
                ),
            ),
        ),
        document(
            "rome-joint-statement",
            T(
                "Official text of the joint statement (English)",
                "النص الرسمي للبيان المشترك (بالإنجليزية)",
                "Texte officiel de la déclaration conjointe (en anglais)",
            ),
        ),
        quote(
            T(
                "Our unity defeated Daesh's so-called caliphate. The same unity will keep it "
                "from coming back.",
                "وحدتنا هزمت ما يسمى بخلافة داعش، والوحدة ذاتها ستمنع عودته.",
                "Notre unité a vaincu le prétendu califat de Daech. C'est cette même unité qui "
                "l'empêchera de revenir.",
            ),
            T("Elena Ferraro", "إيلينا فيرارو", "Elena Ferraro"),
            T(
                "Special Envoy of Italy to the Coalition",
                "المبعوثة الخاصة لإيطاليا لدى التحالف",
                "Envoyée spéciale de l'Italie auprès de la Coalition",
            ),
        ),
    ],
    document_type=ReadoutPage.DocumentType.STATEMENT,
    meeting_name=T(
        "Ministerial meeting of the Global Coalition",
        "الاجتماع الوزاري للتحالف الدولي",
        "Réunion ministérielle de la Coalition internationale",
    ),
    meeting_date=datetime.date(2026, 9, 15),
    meeting_format=ReadoutPage.MeetingFormat.IN_PERSON,
    place=T("Rome, Italy", "روما، إيطاليا", "Rome, Italie"),
    chairs=T(
        "The foreign ministers of Italy and the United States",
        "وزيرا خارجية إيطاليا والولايات المتحدة",
        "Les ministres des Affaires étrangères de l'Italie et des États-Unis",
    ),
    issuing_governments=T(
        "Iraq\nItaly\nFrance\nUnited Kingdom\nUnited States\nEuropean Union",
        "العراق\nإيطاليا\nفرنسا\nالمملكة المتحدة\nالولايات المتحدة\nالاتحاد الأوروبي",
        "Irak\nItalie\nFrance\nRoyaume-Uni\nÉtats-Unis\nUnion européenne",
    ),
    official_document=DocumentRef("rome-joint-statement"),
    partners=(IRAQ, ITALY, FRANCE, UNITED_KINGDOM, UNITED_STATES, EUROPEAN_UNION),
)

STABILISATION_COMMUNIQUE = article(
    ReadoutPage,
    "communique-stabilisation-working-group",
    "communique-groupe-de-travail-stabilisation",
    T(
        "Communiqué of the Stabilisation Working Group",
        "بيان ختامي لفريق العمل المعني بتحقيق الاستقرار",
        "Communiqué du groupe de travail sur la stabilisation",
    ),
    "2026-06-30",
    T(
        "Meeting in Baghdad and online, members reviewed stabilisation projects and announced "
        "new contributions for water, power and schools.",
        "استعرض الأعضاء، المجتمعون في بغداد وعبر الإنترنت، مشاريع تحقيق الاستقرار وأعلنوا عن "
        "مساهمات جديدة للمياه والكهرباء والمدارس.",
        "Réunis à Bagdad et en ligne, les membres ont fait le point sur les projets de "
        "stabilisation et annoncé de nouvelles contributions pour l'eau, l'électricité et les "
        "écoles.",
    ),
    [STABILISATION],
    "readout-stabilisation",
    [
        paragraph(
            T(
                "The Stabilisation Working Group met in Baghdad on 29 June 2026, with members "
                "joining in person and online. The co-chairs welcomed the progress made since "
                "the last meeting and the leading role of Iraqi institutions.",
                "اجتمع فريق العمل المعني بتحقيق الاستقرار في بغداد في 29 حزيران/يونيو 2026، "
                "بمشاركة الأعضاء حضورياً وعبر الإنترنت. ورحّب الرؤساء المشاركون بالتقدم المحرز "
                "منذ الاجتماع الأخير وبالدور القيادي للمؤسسات العراقية.",
                "Le groupe de travail sur la stabilisation s'est réuni à Bagdad le 29 juin 2026, "
                "avec des membres présents sur place et en ligne. Les coprésidents ont salué les "
                "progrès accomplis depuis la dernière réunion et le rôle moteur des institutions "
                "irakiennes.",
            ),
        ),
        key_figures(
            T("Announced at the meeting", "أُعلن عنه في الاجتماع", "Annoncé lors de la réunion"),
            (same("12"), T("new projects", "مشروعاً جديداً", "nouveaux projets")),
            (same("9"), T("contributing members", "أعضاء مساهمين", "membres contributeurs")),
            (same("3"), T("provinces covered", "محافظات مشمولة", "provinces concernées")),
        ),
        related(
            RELATED,
            "news/power-restored-hospitals",
            "news/repatriation-from-camps",
        ),
    ],
    document_type=ReadoutPage.DocumentType.COMMUNIQUE,
    meeting_name=T(
        "Stabilisation Working Group",
        "فريق العمل المعني بتحقيق الاستقرار",
        "Groupe de travail sur la stabilisation",
    ),
    meeting_date=datetime.date(2026, 6, 29),
    meeting_format=ReadoutPage.MeetingFormat.HYBRID,
    place=T("Baghdad, Iraq", "بغداد، العراق", "Bagdad, Irak"),
    chairs=T(
        "The co-chairs from Germany, Iraq and the United Arab Emirates",
        "الرؤساء المشاركون من ألمانيا والعراق والإمارات العربية المتحدة",
        "Les coprésidents allemand, irakien et émirien",
    ),
    issuing_governments=T(
        "Germany\nIraq\nUnited Arab Emirates",
        "ألمانيا\nالعراق\nالإمارات العربية المتحدة",
        "Allemagne\nIrak\nÉmirats arabes unis",
    ),
    partners=(GERMANY, IRAQ, UAE),
)

PAGES = [STABILISATION_COMMUNIQUE, ROME_STATEMENT, SMALL_GROUP]
