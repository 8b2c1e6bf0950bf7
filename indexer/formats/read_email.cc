#include "indexer/formats/read_email.h"

#include <array>
#include <memory>
#include <mutex>
#include <stdexcept>

#include <gmime/gmime.h>

#include "indexer/formats/read_html.h"

namespace letterbox {
namespace {

void init_gmime() {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

// GLib objects released by g_object_unref, strings by g_free.
template <typename T>
struct GObjectDeleter {
  void operator()(T* object) const { g_object_unref(object); }
};
template <typename T>
using GObjectPtr = std::unique_ptr<T, GObjectDeleter<T>>;

std::string take_gstring(char* text) {
  if (text == nullptr) return "";
  std::string out(text);
  g_free(text);
  return out;
}

std::string addresses(InternetAddressList* list) {
  if (list == nullptr || internet_address_list_length(list) == 0) return "";
  return take_gstring(internet_address_list_to_string(list, nullptr, FALSE));
}

// Month names in English whatever the locale, as the letters write dates.
std::string letter_date(GDateTime* date) {
  if (date == nullptr) return "";
  static constexpr std::array<const char*, 12> kMonths{"January", "February", "March",     "April",   "May",      "June",
                                                       "July",    "August",   "September", "October", "November", "December"};
  const int month = g_date_time_get_month(date);
  if (month < 1 || month > 12) return "";
  return std::to_string(g_date_time_get_day_of_month(date)) + " " + kMonths[static_cast<std::size_t>(month - 1)] + " " +
         std::to_string(g_date_time_get_year(date));
}

std::string decoded_bytes(GMimePart* part) {
  GMimeDataWrapper* content = g_mime_part_get_content(part);
  if (content == nullptr) return "";
  GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
  g_mime_data_wrapper_write_to_stream(content, stream.get());
  GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
  return std::string(reinterpret_cast<const char*>(array->data), array->len);
}

std::string content_type(GMimeObject* object) {
  GMimeContentType* type = g_mime_object_get_content_type(object);
  if (type == nullptr) return "text/plain";
  return std::string(g_mime_content_type_get_media_type(type)) + "/" + g_mime_content_type_get_media_subtype(type);
}

// What the walk over a message's parts collects.
struct PartWalk {
  std::string plain;
  std::string html;
  std::vector<EmailAttachment> attachments;
};

void visit_part(GMimeObject* /*parent*/, GMimeObject* object, gpointer data) {
  auto& walk = *static_cast<PartWalk*>(data);
  if (!GMIME_IS_PART(object)) return;  // multiparts are walked into; message/rfc822 parts kept whole below
  GMimePart* part = GMIME_PART(object);
  const std::string type = content_type(object);
  const char* filename = g_mime_part_get_filename(part);
  const bool attachment = g_mime_part_is_attachment(part) || (filename != nullptr && *filename);
  if (!attachment && GMIME_IS_TEXT_PART(object) && (type == "text/plain" || type == "text/html")) {
    // The first of each kind: a multipart/alternative repeats the text.
    std::string& slot = type == "text/plain" ? walk.plain : walk.html;
    if (slot.empty()) slot = take_gstring(g_mime_text_part_get_text(GMIME_TEXT_PART(object)));
    return;
  }
  if (attachment) walk.attachments.push_back({filename ? filename : "", type, decoded_bytes(part)});
}

EmailMessage message_of(GMimeMessage* message) {
  EmailMessage out;
  out.from = addresses(g_mime_message_get_from(message));
  out.to = addresses(g_mime_message_get_to(message));
  out.cc = addresses(g_mime_message_get_cc(message));
  out.date = letter_date(g_mime_message_get_date(message));
  if (const char* subject = g_mime_message_get_subject(message)) out.subject = subject;
  PartWalk walk;
  // Visits the top-level part too, so a single-part message is covered.
  g_mime_message_foreach(message, visit_part, &walk);
  out.body = !walk.plain.empty() ? walk.plain : read_html(walk.html).text;
  out.attachments = std::move(walk.attachments);
  return out;
}

}  // namespace

std::vector<EmailMessage> read_email(std::string_view bytes, bool mbox) {
  init_gmime();
  GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  g_mime_parser_set_format(parser.get(), mbox ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
  std::vector<EmailMessage> messages;
  while (!g_mime_parser_eos(parser.get())) {
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message) break;
    messages.push_back(message_of(message.get()));
    if (!mbox) break;
  }
  if (messages.empty())
    throw std::runtime_error(mbox ? "no message could be read from the mbox (does it start with a \"From \" line?)"
                                  : "not an e-mail message GMime can read");
  return messages;
}

std::string email_letter_text(const EmailMessage& message) {
  std::string text;
  const auto header = [&text](std::string_view name, const std::string& value) {
    if (!value.empty()) text.append(name).append(": ").append(value).append("\n");
  };
  header("From", message.from);
  header("To", message.to);
  header("Cc", message.cc);
  header("Date", message.date);
  header("Subject", message.subject);
  text += "\n";
  text += message.body;
  return text;
}

}  // namespace letterbox
