#include "ingest/source.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include <sys/stat.h>

namespace liner::ingest {
namespace fs = std::filesystem;
namespace {

class scratch_dir {
 public:
  scratch_dir() {
    path_ = fs::temp_directory_path() / ("liner_test_" + std::to_string(::getpid()) + "_" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~scratch_dir() { fs::remove_all(path_); }
  [[nodiscard]] const fs::path& path() const { return path_; }
  void write(const std::string& name, const std::string& content) const {
    fs::create_directories((path_ / name).parent_path());
    std::ofstream(path_ / name, std::ios::binary) << content;
  }

 private:
  fs::path path_;
};

}  // namespace

TEST(make_document, rejects_empty_and_blank_text) {
  auto empty = make_document("a.txt", "", Format::automatic);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().to_string(), "a.txt: error: empty file");
  auto blank = make_document("b.txt", "\xEF\xBB\xBF \n\t\n", Format::automatic);
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.error().code, ErrorCode::empty);
}

TEST(make_document, locates_a_nul_byte) {
  auto r = make_document("x.bin", std::string("ok\nab\0c", 7), Format::automatic);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "x.bin:2:3: error: binary file (NUL byte), not article text");
}

TEST(make_document, locates_invalid_utf8_in_code_points) {
  auto r = make_document("x.txt", "Title\nMan\xC3\xA1 \xFF rest\n", Format::automatic);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "x.txt:2:6: error: invalid UTF-8 (byte 0xFF)");
}

TEST(make_document, keeps_bytes_as_they_are) {
  const std::string bytes = "\xEF\xBB\xBFTitle\r\nText.\r\n";
  auto r = make_document("dir/some_name.txt", bytes, Format::flat);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, bytes);
  EXPECT_EQ(r->title, "some name");
  EXPECT_EQ(r->format, Format::flat);
}

TEST(load_document, missing_file) {
  auto r = load_document("/nonexistent/liner/x.txt", Format::automatic, std::cin);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "/nonexistent/liner/x.txt: error: no such file or directory");
}

TEST(expand_inputs, directory_gives_sorted_articles_and_skips_hidden) {
  scratch_dir dir;
  dir.write("b.txt", "B");
  dir.write("a/z.md", "Z");
  dir.write(".hidden/x.txt", "X");
  dir.write(".y.txt", "Y");
  dir.write("notes.pdf", "P");
  auto r = expand_inputs({dir.path().string()});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, (std::vector<std::string>{(dir.path() / "a/z.md").string(), (dir.path() / "b.txt").string()}));
}

TEST(expand_inputs, directory_without_articles_is_an_error) {
  scratch_dir dir;
  dir.write("notes.pdf", "P");
  auto r = expand_inputs({dir.path().string()});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::not_found);
  EXPECT_NE(r.error().message.find("no articles in directory"), std::string::npos);
}

TEST(write_file_atomically, replaces_content_and_leaves_no_temporary) {
  scratch_dir dir;
  const std::string path = (dir.path() / "out.json").string();
  dir.write("out.json", "old");
  ASSERT_TRUE(write_file_atomically(path, "new content").ok());
  std::ifstream in(path);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "new content");
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) ++files;
  EXPECT_EQ(files, 1u);
}

TEST(write_file_atomically, follows_a_symlink_instead_of_replacing_it) {
  scratch_dir dir;
  dir.write("real.json", "old");
  fs::create_symlink(dir.path() / "real.json", dir.path() / "link.json");
  ASSERT_TRUE(write_file_atomically((dir.path() / "link.json").string(), "new").ok());
  EXPECT_TRUE(fs::is_symlink(dir.path() / "link.json"));
  std::ifstream in(dir.path() / "real.json");
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "new");
}

TEST(write_file_atomically, writes_into_a_fifo_without_replacing_it) {
  scratch_dir dir;
  const fs::path fifo = dir.path() / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] {
    std::ifstream in(fifo, std::ios::binary);
    received.assign(std::istreambuf_iterator<char>(in), {});
  });
  const auto r = write_file_atomically(fifo.string(), "through the pipe");
  reader.join();
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(received, "through the pipe");
  EXPECT_TRUE(fs::is_fifo(fifo));
}

TEST(make_document, invalid_bytes_are_not_white_space) {
  auto r = make_document("s.txt", "\xC0\xA0\n", Format::automatic);  // overlong encoding of a space
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "s.txt:1:1: error: invalid UTF-8 (byte 0xC0)");
}

TEST(write_file_atomically, failure_is_an_error_not_a_partial_file) {
  auto r = write_file_atomically("/nonexistent/liner/out.json", "x");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::io);
  EXPECT_FALSE(fs::exists("/nonexistent/liner/out.json"));
}

}  // namespace liner::ingest
