// Reading e-mail (GMime): one message (.eml) or many (mbox), with headers,
// the body decoded from its MIME parts, and the attachments' bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace letterbox {

struct EmailAttachment {
  std::string filename;      // as the message names it; may be empty
  std::string content_type;  // "application/pdf"
  std::string bytes;         // decoded (base64, quoted-printable undone)
};

struct EmailMessage {
  std::string from;     // "Jane Smith <jane@ofsted.gov.uk>", decoded to UTF-8
  std::string to;       // addresses joined by ", "
  std::string cc;
  std::string date;     // "12 March 2012" in the sender's time zone, or ""
  std::string subject;
  std::string body;     // the text/plain part, else the text of the text/html part
  std::vector<EmailAttachment> attachments;
};

// Parses the bytes as one message, or as an mbox of messages. Throws
// std::runtime_error when not even one message can be read.
std::vector<EmailMessage> read_email(std::string_view bytes, bool mbox);

// The message as the letter parser reads e-mail: "From:", "To:", "Cc:",
// "Date:" and "Subject:" lines, a blank line, then the body.
std::string email_letter_text(const EmailMessage& message);

}  // namespace letterbox
