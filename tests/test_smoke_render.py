import pytest

from .factories import NewsPageFactory, ReadoutPageFactory, VideoFeaturePageFactory

pytestmark = pytest.mark.django_db


def test_home_and_articles_render(client, news_index):
    news = NewsPageFactory(parent=news_index)
    readout = ReadoutPageFactory(parent=news_index)
    video = VideoFeaturePageFactory(parent=news_index)
    for url in ["/en/", news_index.url, news.url, readout.url, video.url]:
        response = client.get(url)
        assert response.status_code == 200, url
