"""Phrases the bulk-content generator combines into plausible articles in English, Arabic and
French: titles, summaries and paragraphs around the coalition's lines of effort."""

PLACES = {
    "en": ["Baghdad", "Mosul", "Raqqa", "Rome", "Brussels", "Washington", "Erbil", "Paris"],
    "ar": ["بغداد", "الموصل", "الرقة", "روما", "بروكسل", "واشنطن", "أربيل", "باريس"],
    "fr": ["Bagdad", "Mossoul", "Raqqa", "Rome", "Bruxelles", "Washington", "Erbil", "Paris"],
}
SUBJECTS = {
    "en": [
        "stabilisation",
        "water supply",
        "demining",
        "school reconstruction",
        "counter-financing",
        "foreign fighters",
        "online propaganda",
        "local policing",
    ],
    "ar": [
        "الاستقرار",
        "إمدادات المياه",
        "إزالة الألغام",
        "إعادة بناء المدارس",
        "مكافحة التمويل",
        "المقاتلين الأجانب",
        "الدعاية الإلكترونية",
        "الشرطة المحلية",
    ],
    "fr": [
        "la stabilisation",
        "l'approvisionnement en eau",
        "le déminage",
        "la reconstruction des écoles",
        "la lutte contre le financement",
        "les combattants étrangers",
        "la propagande en ligne",
        "la police locale",
    ],
}
TITLES = {
    "en": [
        "Partners review progress on {subject} in {place}",
        "Coalition members meet in {place} on {subject}",
        "New funding for {subject} announced in {place}",
        "Envoys discuss {subject} after visit to {place}",
        "Report: {subject} gains hold in {place}",
    ],
    "ar": [
        "الشركاء يراجعون التقدم في {subject} في {place}",
        "أعضاء التحالف يجتمعون في {place} بشأن {subject}",
        "الإعلان عن تمويل جديد لـ{subject} في {place}",
        "المبعوثون يناقشون {subject} بعد زيارة {place}",
        "تقرير: تقدم ملموس في {subject} في {place}",
    ],
    "fr": [
        "Les partenaires font le point sur {subject} à {place}",
        "Les membres de la Coalition se réunissent à {place} sur {subject}",
        "Nouveaux financements pour {subject} annoncés à {place}",
        "Les envoyés évoquent {subject} après une visite à {place}",
        "Rapport : des progrès durables pour {subject} à {place}",
    ],
}
SENTENCES = {
    "en": [
        "Representatives of the member states met in {place} to take stock of {subject}.",
        "They welcomed the work of local authorities and civil society since the liberation.",
        "Families who returned home now have water, electricity and schools again.",
        "Members agreed to keep funding projects that restore public services.",
        "The meeting also reviewed efforts to cut the group's remaining sources of money.",
        "Partners stressed that stabilisation depends on trust between residents and police.",
        "A further review of {subject} is planned for the next ministerial meeting.",
        "The co-chairs thanked the eighty-five members for their continued commitment.",
    ],
    "ar": [
        "اجتمع ممثلو الدول الأعضاء في {place} لتقييم التقدم في {subject}.",
        "ورحبوا بعمل السلطات المحلية والمجتمع المدني منذ التحرير.",
        "عادت المياه والكهرباء والمدارس إلى العائلات التي رجعت إلى منازلها.",
        "واتفق الأعضاء على مواصلة تمويل المشاريع التي تعيد الخدمات العامة.",
        "كما راجع الاجتماع الجهود المبذولة لقطع ما تبقى من مصادر تمويل التنظيم.",
        "وأكد الشركاء أن الاستقرار يعتمد على الثقة بين السكان والشرطة.",
        "ومن المقرر إجراء مراجعة أخرى لـ{subject} في الاجتماع الوزاري المقبل.",
        "وشكر الرئيسان المشاركان الأعضاء الخمسة والثمانين على التزامهم المستمر.",
    ],
    "fr": [
        "Les représentants des États membres se sont réunis à {place} pour faire le point sur {subject}.",
        "Ils ont salué le travail des autorités locales et de la société civile depuis la libération.",
        "Les familles revenues chez elles disposent de nouveau d'eau, d'électricité et d'écoles.",
        "Les membres sont convenus de continuer à financer les projets qui rétablissent les services publics.",
        "La réunion a également examiné les efforts visant à tarir les dernières ressources du groupe.",
        "Les partenaires ont souligné que la stabilisation repose sur la confiance entre habitants et police.",
        "Un nouvel examen de {subject} est prévu lors de la prochaine réunion ministérielle.",
        "Les coprésidents ont remercié les quatre-vingt-cinq membres pour leur engagement constant.",
    ],
}
HEADINGS = {
    "en": ["What was agreed", "Next steps", "Background"],
    "ar": ["ما تم الاتفاق عليه", "الخطوات التالية", "خلفية"],
    "fr": ["Ce qui a été convenu", "Prochaines étapes", "Contexte"],
}
MEETINGS = {
    "en": "Small Group of political directors",
    "ar": "المجموعة المصغرة للمديرين السياسيين",
    "fr": "Petit groupe des directeurs politiques",
}
CHAIRS = {
    "en": "The envoys of Italy and the United States",
    "ar": "مبعوثا إيطاليا والولايات المتحدة",
    "fr": "Les envoyés de l'Italie et des États-Unis",
}
GOVERNMENTS = {
    "en": ["Italy", "United States", "Iraq", "France", "United Kingdom", "Jordan"],
    "ar": ["إيطاليا", "الولايات المتحدة", "العراق", "فرنسا", "المملكة المتحدة", "الأردن"],
    "fr": ["Italie", "États-Unis", "Irak", "France", "Royaume-Uni", "Jordanie"],
}
SPEAKERS = [("Anna Lindqvist", "EU official for non-military support"), ("Karim Haddad", "")]
VIDEO_URLS = [
    "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    "https://vimeo.com/76979871",
]
