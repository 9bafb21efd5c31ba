#include "io/article_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace factcheck::io {
namespace {

TEST(Utf8, AcceptsValidAndFindsFirstInvalidByte) {
  EXPECT_EQ(find_invalid_utf8("plain ascii"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("Ирак — 2015 ✓ 𝟚"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("abc\xff"), 3U);
  EXPECT_EQ(find_invalid_utf8("ab\xc3"), 2U);            // truncated sequence
  EXPECT_EQ(find_invalid_utf8("a\xc0\xaf"), 1U);         // overlong '/'
  EXPECT_EQ(find_invalid_utf8("x\xed\xa0\x80"), 1U);     // UTF-16 surrogate
  EXPECT_EQ(find_invalid_utf8("\xf4\x90\x80\x80"), 0U);  // beyond U+10FFFF
}

TEST(FrontMatter, FillsMetadataAndStripsTheBlock) {
  v1::Document document;
  ASSERT_TRUE(
      parse_article("---\npublished: 2016-02-11\ntitle: Russia and Iraq\nurl: https://example.org/a\n---\n"
                    "Body text.\n",
                    &document)
          .is_ok());
  EXPECT_EQ(document.published(), "2016-02-11");
  EXPECT_EQ(document.title(), "Russia and Iraq");
  EXPECT_EQ(document.source_url(), "https://example.org/a");
  EXPECT_EQ(document.text(), "Body text.\n");
}

TEST(FrontMatter, TextWithoutFrontMatterIsKeptWhole) {
  v1::Document document;
  ASSERT_TRUE(parse_article("BAGHDAD, Feb 11 -- text", &document).is_ok());
  EXPECT_EQ(document.text(), "BAGHDAD, Feb 11 -- text");
  EXPECT_TRUE(document.published().empty());
}

TEST(FrontMatter, ErrorsNameTheLine) {
  v1::Document document;
  EXPECT_EQ(parse_article("---\ntitle: x\npublished: 11/02/2016\n---\n", &document).message(),
            "front matter line 3: published '11/02/2016' is not a YYYY-MM-DD date");
  EXPECT_EQ(parse_article("---\npublsihed: 2016-02-11\n---\n", &document).message(),
            "front matter line 2: unknown key 'publsihed' (known: published, title, url, language, id)");
  EXPECT_EQ(parse_article("---\ntitle: never closed\n", &document).message(),
            "front matter is not closed by a '---' line");
  EXPECT_EQ(parse_article("ok\xfe", &document).message(), "invalid UTF-8 at byte offset 2");
}

TEST(ReadStream, RefusesInputOverTheLimit) {
  std::istringstream in(std::string(100, 'x'));
  std::string content;
  EXPECT_EQ(read_stream(in, "big.txt", &content, 64).message(), "big.txt: larger than the 64-byte limit");
  std::istringstream small("hello");
  ASSERT_TRUE(read_stream(small, "s", &content, 64).is_ok());
  EXPECT_EQ(content, "hello");
}

TEST(ReadArticle, ReportsMissingFilesAndDirectories) {
  v1::Document document;
  EXPECT_EQ(read_article("/nonexistent/article.txt", &document).message(),
            "/nonexistent/article.txt: cannot open file");
  const auto dir = std::filesystem::temp_directory_path();
  EXPECT_EQ(read_article(dir, &document).message(), dir.string() + ": is a directory");
  const auto file = dir / "factcheck_article_reader_test.txt";
  std::ofstream(file) << "---\npublished: 2015-01-02\n---\nText";
  ASSERT_TRUE(read_article(file, &document).is_ok());
  EXPECT_EQ(document.id(), file.string());
  EXPECT_EQ(document.text(), "Text");
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace factcheck::io
