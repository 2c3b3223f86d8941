"""The demo's images (abstract illustrations drawn by images.generate) and documents.

Images and documents are found again by title, so titles must stay unique. A key doubles as the
image's seed: renaming a key draws a different picture.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ImageSpec:
    title: str
    style: str
    palette: str
    width: int = 1440  # 3:2, what listings crop to
    height: int = 960


def wide(title: str, style: str, palette: str) -> ImageSpec:
    """16:9, for campaign heroes, video posters and posts."""
    return ImageSpec(title, style, palette, 1600, 900)


IMAGES = {
    # Articles
    "news-twelve-years": ImageSpec("Illustration: twelve years together", "rings", "night"),
    "news-west-mosul-water": ImageSpec(
        "Illustration: water returns to west Mosul", "hills", "river"
    ),
    "news-tracing-transfers": ImageSpec("Illustration: tracing transfers", "bands", "stone"),
    "news-traveller-data": ImageSpec("Illustration: shared traveller data", "tiles", "coast"),
    "news-anbar-schools": ImageSpec("Illustration: schools reopen in Anbar", "tiles", "desert"),
    "news-sinjar-farmland": ImageSpec("Illustration: farmland near Sinjar", "hills", "olive"),
    "news-young-creators": ImageSpec("Illustration: young creators", "orbs", "night"),
    "news-training": ImageSpec("Illustration: partner forces training", "bands", "dusk"),
    "news-women-mediators": ImageSpec("Illustration: women mediators", "orbs", "ember"),
    "news-content-removed": ImageSpec("Illustration: extremist content removed", "tiles", "stone"),
    "news-network-sanctioned": ImageSpec("Illustration: a network sanctioned", "bands", "ember"),
    "news-camps-returns": ImageSpec("Illustration: returns from the camps", "hills", "desert"),
    "news-power-hospitals": ImageSpec("Illustration: power for hospitals", "rings", "coast"),
    "readout-small-group": ImageSpec("Illustration: Small Group meeting", "rings", "dusk"),
    "readout-rome-statement": ImageSpec("Illustration: Rome joint statement", "bands", "river"),
    "readout-stabilisation": ImageSpec("Illustration: stabilisation communique", "hills", "coast"),
    "news-digest-13-november": ImageSpec("Illustration: the week in reporting", "tiles", "river"),
    "news-digest-20-november": ImageSpec(
        "Illustration: another week in reporting", "tiles", "ember"
    ),
    "video-eu-support": wide("Illustration: non-military support", "orbs", "river"),
    "video-hawala": wide("Illustration: money without banks", "bands", "night"),
    "video-teacher": wide("Illustration: a head teacher's school", "tiles", "desert"),
    # Campaigns
    "campaign-one-mission": wide("Illustration: One Mission Many Nations", "rings", "river"),
    "campaign-deny-cash": wide("Illustration: Deny Daesh Cash", "bands", "stone"),
    "campaign-generation-learns": wide("Illustration: This Generation Learns", "tiles", "olive"),
    "explainer-follow-money": wide("Illustration: follow the money", "bands", "dusk"),
    "explainer-extortion": wide("Illustration: extortion and ransom", "orbs", "ember"),
    "explainer-no-banks": wide("Illustration: when money moves without banks", "hills", "night"),
    # Standard pages
    "page-about": ImageSpec("Illustration: the Coalition", "rings", "coast"),
    "page-cookies": ImageSpec("Illustration: cookie policy", "tiles", "stone"),
    "page-orchestra": ImageSpec("Illustration: an orchestra in Mosul", "orbs", "dusk"),
    "page-police": ImageSpec("Illustration: a national police force", "bands", "coast"),
    "page-italy": ImageSpec("Illustration: Italy in the Coalition", "rings", "olive"),
    # Images inside article bodies
    "body-pump-station": ImageSpec("Illustration: a pumping station", "hills", "river"),
    "body-classroom": ImageSpec("Illustration: a classroom", "tiles", "desert"),
    "body-theatre-stage": ImageSpec("Illustration: a theatre stage", "orbs", "ember"),
    "body-police-training": ImageSpec("Illustration: police training", "rings", "stone"),
    "body-power-lines": ImageSpec("Illustration: power lines", "bands", "coast"),
    # Images attached to posts
    "post-anbar-schools": wide("Illustration: post about schools in Anbar", "tiles", "desert"),
    "post-deny-daesh-cash": wide("Illustration: post about Deny Daesh Cash", "bands", "river"),
}


@dataclass(frozen=True)
class DocumentSpec:
    title: str
    paragraphs: tuple[str, ...]


DOCUMENTS = {
    "rome-joint-statement": DocumentSpec(
        "Joint statement of the Rome ministerial meeting, 15 September 2026",
        (
            "We, the foreign ministers of Iraq, Italy, France, the United Kingdom and the United "
            "States, and the High Representative of the European Union, met in Rome on 15 "
            "September 2026 on behalf of the 85 members of the Global Coalition against Daesh.",
            "We reaffirm our shared determination to ensure the lasting defeat of Daesh. The "
            "group no longer holds territory, yet it still seeks to regroup, to raise money and "
            "to draw recruits through its propaganda. Our work is not finished.",
            "We will continue to support our partners in Iraq and Syria, to cut off the group's "
            "sources of funding, to share information that stops foreign terrorist fighters from "
            "travelling, and to counter its messages wherever they appear.",
            "We commit to sustaining stabilisation programmes in liberated areas, so that "
            "families can return safely to homes with water, electricity, schools and clinics.",
            "We call on all members to meet the pledges made today and to report on progress at "
            "the next meeting of the Small Group of political directors.",
            "This document is part of the demonstration content of this website.",
        ),
    ),
}
