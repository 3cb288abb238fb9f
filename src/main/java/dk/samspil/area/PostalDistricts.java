package dk.samspil.area;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostalDistricts extends JpaRepository<PostalDistrict, String> {}
