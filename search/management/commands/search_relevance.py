"""`manage.py search_relevance`: MRR and recall@3 per language over the relevance set."""

import json

from django.core.management.base import BaseCommand, CommandError

from search import relevance


class Command(BaseCommand):
    help = "Print MRR and recall@3 per language for search/relevance_set.json (demo content)."

    def add_arguments(self, parser):
        parser.add_argument("--misses", action="store_true", help="List the queries that miss.")
        parser.add_argument(
            "--check", action="store_true", help="Fail if a figure is below the recorded one."
        )
        parser.add_argument(
            "--record", action="store_true", help="Write these figures as the recorded ones."
        )
        parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")

    def handle(self, *args, misses: bool, check: bool, record: bool, json: bool, **options):
        outcomes = relevance.run()
        figures = relevance.figures(outcomes)
        if json:
            self.stdout.write(_dumps(figures))
        else:
            self.stdout.write(f"{'language':10}{'queries':>9}{'MRR':>8}{'recall@3':>10}")
            for language, row in figures.items():
                self.stdout.write(
                    f"{language:10}{row['queries']:>9}{row['mrr']:>8.3f}{row['recall@3']:>10.3f}"
                )
        if misses:
            for outcome in outcomes:
                if outcome.reciprocal_rank < 1:
                    self.stdout.write(
                        f"MISS [{outcome.language} {outcome.kind}] {outcome.query!r}: "
                        f"wanted {outcome.expected}, got {outcome.found[:3]}"
                    )
        if record:
            relevance.BASELINE.write_text(_dumps(figures) + "\n", encoding="utf-8")
        if check:
            recorded = relevance.baseline()
            drops = [
                f"{language} {name}: {figures[language][name]} < {value}"
                for language, row in recorded.items()
                for name, value in row.items()
                if name != "queries" and figures.get(language, {}).get(name, 0) < value
            ]
            if drops:
                raise CommandError("Relevance dropped: " + "; ".join(drops))


def _dumps(data) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
