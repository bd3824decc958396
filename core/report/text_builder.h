// A minimal string builder with `<<`, for the reports. std::ostringstream
// would pull iostreams and locales into the WebAssembly module (tens of KB).
#pragma once

#include <string>
#include <string_view>

namespace wb {

class TextBuilder {
 public:
  TextBuilder& operator<<(std::string_view s) {
    text_ += s;
    return *this;
  }
  TextBuilder& operator<<(const char* s) { return *this << std::string_view(s); }
  TextBuilder& operator<<(const std::string& s) { return *this << std::string_view(s); }
  TextBuilder& operator<<(int n) { return *this << std::to_string(n); }
  const std::string& str() const { return text_; }

 private:
  std::string text_;
};

}  // namespace wb
