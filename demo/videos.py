"""Video features: a speaker, their role, the video and its transcript."""

from news.models import VideoFeaturePage

from .articles import RELATED, article
from .membership import EUROPEAN_UNION, IRAQ
from .spec import (
    T,
    call_to_action,
    paragraph,
    quote,
    related,
    video,
)
from .topics import FINANCING, PROPAGANDA, STABILISATION


def feature_video(url: str, title: T, duration: str, transcript: T, poster: str) -> list:
    return [video(url, title, duration, transcript, poster)]


EU_SUPPORT = article(
    VideoFeaturePage,
    "eu-non-military-support",
    "soutien-non-militaire-de-l-ue",
    T(
        "Beyond the battlefield: why non-military support matters",
        "ما بعد ساحة المعركة: لماذا يهمّ الدعم غير العسكري",
        "Au-delà du champ de bataille : pourquoi le soutien non militaire compte",
    ),
    "2026-11-18",
    T(
        "The European Union's head of non-military support explains how water, jobs and "
        "justice keep Daesh from coming back.",
        "تشرح رئيسة الدعم غير العسكري في الاتحاد الأوروبي كيف تمنع المياه وفرص العمل والعدالة "
        "عودة داعش.",
        "La responsable du soutien non militaire de l'Union européenne explique comment l'eau, "
        "l'emploi et la justice empêchent le retour de Daech.",
    ),
    [STABILISATION],
    "video-eu-support",
    [
        paragraph(
            T(
                "Military victory opened the door; what comes next decides whether it stays "
                "open. In this interview, Katrin Vogel describes the European Union's support "
                "for recovery in Iraq and Syria.",
                "فتح النصر العسكري الباب، وما يأتي بعده هو ما يحدد إن كان سيبقى مفتوحاً. في هذه "
                "المقابلة، تصف كاترين فوغل دعم الاتحاد الأوروبي للتعافي في العراق وسوريا.",
                "La victoire militaire a ouvert une porte ; la suite décide si elle reste "
                "ouverte. Dans cet entretien, Katrin Vogel décrit le soutien de l'Union "
                "européenne au relèvement de l'Irak et de la Syrie.",
            ),
        ),
        quote(
            T(
                "A young man with a job and a future is a recruit Daesh will never have.",
                "الشاب الذي يملك عملاً ومستقبلاً مجنَّدٌ لن يحصل عليه داعش أبداً.",
                "Un jeune homme qui a un emploi et un avenir, c'est une recrue que Daech n'aura "
                "jamais.",
            ),
            T("Katrin Vogel", "كاترين فوغل", "Katrin Vogel"),
            T(
                "Head of non-military support, European Union",
                "رئيسة الدعم غير العسكري، الاتحاد الأوروبي",
                "Responsable du soutien non militaire, Union européenne",
            ),
        ),
        related(RELATED, "news/power-restored-hospitals", "news/water-returns-west-mosul"),
    ],
    speaker_name=T("Katrin Vogel", "كاترين فوغل", "Katrin Vogel"),
    speaker_role=T(
        "Head of non-military support, European Union",
        "رئيسة الدعم غير العسكري، الاتحاد الأوروبي",
        "Responsable du soutien non militaire, Union européenne",
    ),
    video=feature_video(
        "https://www.youtube.com/watch?v=EUsupport01",
        T(
            "Katrin Vogel on non-military support",
            "كاترين فوغل تتحدث عن الدعم غير العسكري",
            "Katrin Vogel sur le soutien non militaire",
        ),
        "4:12",
        T(
            "When the fighting ended, people asked us three things: water, work and justice. "
            "Our support goes to exactly that. We repair networks, we help small businesses "
            "restart and we train judges and police. None of this makes headlines, but it is "
            "what makes the defeat of Daesh last.",
            "عندما انتهى القتال، طلب الناس منا ثلاثة أشياء: المياه والعمل والعدالة. ودعمنا "
            "يذهب إلى هذه الأمور تحديداً. نحن نصلح الشبكات، ونساعد المشاريع الصغيرة على "
            "الانطلاق من جديد، وندرّب القضاة والشرطة. لا يتصدّر شيء من ذلك العناوين، لكنه ما "
            "يجعل هزيمة داعش دائمة.",
            "Quand les combats ont cessé, les gens nous ont demandé trois choses : de l'eau, du "
            "travail et la justice. C'est exactement là que va notre soutien. Nous réparons les "
            "réseaux, nous aidons les petites entreprises à redémarrer et nous formons juges et "
            "policiers. Rien de tout cela ne fait la une, mais c'est ce qui rend durable la "
            "défaite de Daech.",
        ),
        "video-eu-support",
    ),
    partners=(EUROPEAN_UNION, IRAQ),
)

HAWALA = article(
    VideoFeaturePage,
    "deny-daesh-cash-without-banks",
    "privons-daech-d-argent-sans-banques",
    T(
        "Deny Daesh Cash: when money moves without banks",
        "لنحرم داعش من المال: عندما ينتقل المال دون مصارف",
        "Privons Daech d'argent : quand l'argent circule sans banques",
    ),
    "2026-10-30",
    T(
        "In one minute, a financial analyst explains how informal transfers can be misused and "
        "how partners close the gaps.",
        "في دقيقة واحدة، يشرح محلل مالي كيف يمكن إساءة استخدام التحويلات غير الرسمية وكيف يسدّ "
        "الشركاء الثغرات.",
        "En une minute, un analyste financier explique comment les transferts informels "
        "peuvent être détournés et comment les partenaires comblent les failles.",
    ),
    [FINANCING],
    "video-hawala",
    [
        paragraph(
            T(
                "This is the third episode of our explainer series. Informal transfer systems "
                "are part of everyday life for millions of families; the aim is not to close "
                "them but to keep Daesh out of them.",
                "هذه هي الحلقة الثالثة من سلسلتنا التوضيحية. فأنظمة التحويل غير الرسمية جزء من "
                "الحياة اليومية لملايين العائلات، والهدف ليس إغلاقها بل إبعاد داعش عنها.",
                "Voici le troisième épisode de notre série explicative. Les systèmes de "
                "transfert informels font partie du quotidien de millions de familles ; "
                "l'objectif n'est pas de les fermer mais d'en tenir Daech à l'écart.",
            ),
        ),
        call_to_action(
            T("The whole series", "السلسلة كاملة", "Toute la série"),
            T("Go to the campaign", "انتقلوا إلى الحملة", "Aller à la campagne"),
            page="campaigns/deny-daesh-cash",
        ),
    ],
    speaker_name=T("Omar Haddad", "عمر حداد", "Omar Haddad"),
    speaker_role=T(
        "Financial intelligence analyst",
        "محلل استخبارات مالية",
        "Analyste du renseignement financier",
    ),
    video=feature_video(
        "https://youtu.be/DDCashEp003",
        T(
            "Episode 3: when money moves without banks",
            "الحلقة 3: عندما ينتقل المال دون مصارف",
            "Épisode 3 : quand l'argent circule sans banques",
        ),
        "1:00",
        T(
            "A family in Europe sends money to relatives through a broker; the broker settles "
            "with a partner abroad. No bank is involved. Most brokers are honest. Registration, "
            "training and shared alerts help find the few who are not.",
            "ترسل عائلة في أوروبا أموالاً إلى أقاربها عبر وسيط، ويسوّي الوسيط الحساب مع شريك "
            "له في الخارج، دون أن يتدخل أي مصرف. معظم الوسطاء نزيهون، والتسجيل والتدريب "
            "وتبادل التنبيهات تساعد على كشف القلة الذين ليسوا كذلك.",
            "Une famille en Europe envoie de l'argent à des proches par un intermédiaire, qui "
            "règle ensuite avec un associé à l'étranger. Aucune banque n'intervient. La "
            "plupart des intermédiaires sont honnêtes. L'enregistrement, la formation et le "
            "partage d'alertes aident à repérer les rares qui ne le sont pas.",
        ),
        "video-hawala",
    ),
)

TEACHER = article(
    VideoFeaturePage,
    "head-teacher-reopening-school",
    "une-directrice-rouvre-son-ecole",
    T(
        "This Generation Learns: a head teacher on reopening her school",
        "هذا الجيل يتعلّم: مديرة مدرسة تتحدث عن إعادة افتتاح مدرستها",
        "Cette génération apprend : une directrice raconte la réouverture de son école",
    ),
    "2026-09-08",
    T(
        "Layla Hassan ran a school in Mosul before Daesh came. She tells how she brought it "
        "back to life.",
        "كانت ليلى حسن تدير مدرسة في الموصل قبل مجيء داعش. وهي تروي كيف أعادت إليها الحياة.",
        "Layla Hassan dirigeait une école à Mossoul avant l'arrivée de Daech. Elle raconte "
        "comment elle lui a rendu vie.",
    ),
    [STABILISATION, PROPAGANDA],
    "video-teacher",
    [
        paragraph(
            T(
                "When Mosul was liberated, Layla Hassan found her school burnt and its library "
                "emptied. Two years later, six hundred pupils attend classes there.",
                "عندما تحررت الموصل، وجدت ليلى حسن مدرستها محترقة ومكتبتها فارغة. وبعد عامين، "
                "يتابع ستمئة تلميذ دروسهم فيها.",
                "À la libération de Mossoul, Layla Hassan a trouvé son école incendiée et sa "
                "bibliothèque vidée. Deux ans plus tard, six cents élèves y suivent les cours.",
            ),
        ),
        call_to_action(
            T("This Generation Learns", "هذا الجيل يتعلّم", "Cette génération apprend"),
            T("See the campaign", "شاهدوا الحملة", "Voir la campagne"),
            page="campaigns/this-generation-learns",
        ),
    ],
    speaker_name=T("Layla Hassan", "ليلى حسن", "Layla Hassan"),
    speaker_role=T("Head teacher, Mosul", "مديرة مدرسة، الموصل", "Directrice d'école, Mossoul"),
    video=feature_video(
        "https://www.youtube.com/watch?v=TGLearns001",
        T(
            "Layla Hassan on reopening her school",
            "ليلى حسن تتحدث عن إعادة افتتاح مدرستها",
            "Layla Hassan raconte la réouverture de son école",
        ),
        "2:45",
        T(
            "The walls were black with smoke. We painted them with the parents, one classroom "
            "at a time. The children drew on the first clean wall. Daesh wanted them to forget "
            "how to be children. They remembered.",
            "كانت الجدران سوداء من الدخان. طليناها مع الأهالي، صفاً بعد صف. ورسم الأطفال على "
            "أول جدار نظيف. أراد داعش أن ينسوا كيف يكونون أطفالاً، لكنهم تذكّروا.",
            "Les murs étaient noirs de fumée. Nous les avons repeints avec les parents, une "
            "classe après l'autre. Les enfants ont dessiné sur le premier mur propre. Daech "
            "voulait qu'ils oublient comment être des enfants. Ils s'en sont souvenus.",
        ),
        "video-teacher",
    ),
)

PAGES = [TEACHER, HAWALA, EU_SUPPORT]
