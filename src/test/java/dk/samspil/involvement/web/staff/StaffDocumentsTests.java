package dk.samspil.involvement.web.staff;

import static dk.samspil.involvement.InvolvementMother.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Personas;
import dk.samspil.account.Personas.Persona;
import dk.samspil.involvement.DocumentManagement;
import dk.samspil.involvement.DocumentTypes;
import dk.samspil.involvement.FileSummary;
import dk.samspil.involvement.InvolvementMother;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessQueries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Documents of a process: files judged by their content and size, and links. */
@SamspilTest
class StaffDocumentsTests {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

  @Autowired MockMvc mvc;
  @Autowired Personas personas;
  @Autowired ProcessQueries queries;
  @Autowired DocumentManagement documents;
  @Autowired InvolvementMother mother;

  Authentication staff() {
    return personas.authentication(Persona.MEDARBEJDER);
  }

  InvolvementProcess draft() {
    return mother.draft(unique("Dokumenter"), queries.today().plusWeeks(8), "fensmark");
  }

  String upload(InvolvementProcess process, MockMultipartFile file, int expectedStatus)
      throws Exception {
    return mvc.perform(
            multipart("/medarbejder/inddragelser/" + process.getId() + "/dokumenter")
                .file(file)
                .param("titel", "Lokalplanforslag")
                .with(csrf())
                .with(authentication(staff())))
        .andExpect(status().is(expectedStatus))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void uploadsAPdfAndServesItAsADownload() throws Exception {
    InvolvementProcess process = draft();

    upload(
        process,
        new MockMultipartFile(
            "fil", "C:\\Mine filer\\forslag.pdf", "application/octet-stream", PDF),
        302);

    List<FileSummary> summaries = documents.documentSummaries(process.getId());
    assertThat(summaries).hasSize(1);
    FileSummary document = summaries.get(0);
    assertThat(document.title()).isEqualTo("Lokalplanforslag");
    assertThat(document.filename()).isEqualTo("forslag.pdf");
    assertThat(document.contentType()).isEqualTo(DocumentTypes.PDF);
    assertThat(document.sizeBytes()).isEqualTo(PDF.length);

    byte[] served =
        mvc.perform(
                get("/medarbejder/inddragelser/" + process.getId() + "/dokumenter/" + document.id())
                    .with(authentication(staff())))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(
                header()
                    .string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(served).isEqualTo(PDF);
  }

  @Test
  void refusesAFileThatOnlyClaimsToBeAPdf() throws Exception {
    InvolvementProcess process = draft();
    byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    String response =
        upload(process, new MockMultipartFile("fil", "forslag.pdf", "application/pdf", page), 422);

    assertThat(response)
        .contains("Filen er hverken en PDF, en PNG eller en JPEG.")
        .contains("value=\"Lokalplanforslag\"");
    assertThat(documents.documentSummaries(process.getId())).isEmpty();
  }

  @Test
  void refusesAFileOverTheSizeLimit() throws Exception {
    InvolvementProcess process = draft();
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);

    assertThat(
            upload(process, new MockMultipartFile("fil", "stor.pdf", "application/pdf", big), 422))
        .contains("Filen er for stor. Den må højst fylde 10 MB.");
    assertThat(
            upload(process, new MockMultipartFile("fil", "", "application/pdf", new byte[0]), 422))
        .contains("Vælg en fil.");
  }

  @Test
  void givesAnImageTheExtensionOfWhatItIs() {
    assertThat(StaffDocumentController.filename("kort", DocumentTypes.PNG)).isEqualTo("kort.png");
    assertThat(StaffDocumentController.filename("foto.JPEG", DocumentTypes.JPEG))
        .isEqualTo("foto.JPEG");
    assertThat(StaffDocumentController.filename("../../etc/passwd", DocumentTypes.PDF))
        .isEqualTo("passwd.pdf");
    assertThat(StaffDocumentController.filename(null, DocumentTypes.PDF)).isEqualTo("dokument.pdf");
  }

  @Test
  void addsWebLinksAndRefusesOtherAddresses() throws Exception {
    InvolvementProcess process = draft();
    String path = "/medarbejder/inddragelser/" + process.getId() + "/links";

    String refused =
        mvc.perform(
                post(path)
                    .with(csrf())
                    .with(authentication(staff()))
                    .param("titel", "Farligt")
                    .param("adresse", "javascript:alert(1)"))
            .andExpect(status().is(422))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused).contains("Skriv en hel webadresse");

    mvc.perform(
            post(path)
                .with(csrf())
                .with(authentication(staff()))
                .param("titel", "")
                .param("adresse", "https://naestved.dk/plan"))
        .andExpect(status().is3xxRedirection());

    assertThat(documents.documentSummaries(process.getId()))
        .extracting(FileSummary::title, FileSummary::url)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "https://naestved.dk/plan", "https://naestved.dk/plan"));
  }

  @Test
  void removesADocumentFromADraft() throws Exception {
    InvolvementProcess process = draft();
    upload(process, new MockMultipartFile("fil", "a.pdf", "application/pdf", PDF), 302);
    Long id = documents.documentSummaries(process.getId()).get(0).id();

    mvc.perform(
            post("/medarbejder/inddragelser/" + process.getId() + "/dokumenter/" + id + "/fjern")
                .with(csrf())
                .with(authentication(staff())))
        .andExpect(status().is3xxRedirection());

    assertThat(documents.documentSummaries(process.getId())).isEmpty();
  }

  @Test
  void doesNotServeADocumentThroughAnotherProcess() throws Exception {
    InvolvementProcess one = draft();
    InvolvementProcess other = draft();
    upload(other, new MockMultipartFile("fil", "a.pdf", "application/pdf", PDF), 302);
    Long id = documents.documentSummaries(other.getId()).get(0).id();

    mvc.perform(
            get("/medarbejder/inddragelser/" + one.getId() + "/dokumenter/" + id)
                .with(authentication(staff())))
        .andExpect(status().isNotFound());
  }
}
